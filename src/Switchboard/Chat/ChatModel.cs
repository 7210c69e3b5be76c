using Microsoft.EntityFrameworkCore;
using Switchboard.Push;
using Switchboard.Routing;
using Switchboard.Staff;
using Switchboard.Tenancy;

namespace Switchboard.Chat;

/// <summary>How chat, routing settings and the push outbox are stored; called from the store's model.</summary>
internal static class ChatModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<ChatSession>(e =>
        {
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.VisitorId).HasMaxLength(VisitorLimits.MaxVisitorIdLength);
            e.Property(x => x.Nickname).HasMaxLength(VisitorLimits.MaxNicknameLength);
            e.Property(x => x.Avatar).HasMaxLength(VisitorLimits.MaxAvatarLength);
            e.Property(x => x.ClientData).HasMaxLength(VisitorLimits.MaxClientDataLength);
            e.Property(x => x.PeerSource).HasMaxLength(VisitorLimits.MaxPeerSourceLength);
            e.Property(x => x.ChannelName).HasMaxLength(VisitorLimits.MaxChannelLength);
            e.Property(x => x.AgentMailKey).HasMaxLength(320);
            e.Property(x => x.CloseBy).HasMaxLength(16);
            e.Property(x => x.AwaitingCompletionBy).HasMaxLength(320);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            // A visitor's conversations (reload, history) and the open sessions a node resumes after a restart.
            e.HasIndex(x => new { x.SdkAppId, x.VisitorId, x.CreatedAtMs });
            e.HasIndex(x => new { x.SdkAppId, x.State });
            // The ended chats agents still have to complete, which a desk reloads when it wakes.
            e.HasIndex(x => new { x.SdkAppId, x.AwaitingCompletionBy });
            e.HasOne<Application>().WithMany().HasForeignKey(x => x.SdkAppId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ChatServiceRecord>(e =>
        {
            e.Property(x => x.SessionId).HasMaxLength(64);
            e.Property(x => x.AgentMail).HasMaxLength(320);
            e.Property(x => x.SkillGroupName).HasMaxLength(200);
            e.Property(x => x.VisitorId).HasMaxLength(VisitorLimits.MaxVisitorIdLength);
            e.Property(x => x.Nickname).HasMaxLength(VisitorLimits.MaxNicknameLength);
            e.Property(x => x.SatisfactionLabel).HasMaxLength(Satisfaction.SatisfactionScale.MaxLabelLength);
            // DescribeIMCdrs reads one application's records in a time range.
            e.HasIndex(x => new { x.SdkAppId, x.StartedAtMs });
            e.HasIndex(x => x.SessionId);
            e.HasOne<Application>().WithMany().HasForeignKey(x => x.SdkAppId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ChatMessage>(e =>
        {
            e.Property(x => x.SessionId).HasMaxLength(64);
            e.Property(x => x.Sender).HasMaxLength(320);
            e.Property(x => x.Type).HasMaxLength(16);
            e.Property(x => x.Content).HasMaxLength(ChatMessageTypes.MaxTextLength * 4);
            e.Property(x => x.ClientMessageId).HasMaxLength(VisitorLimits.MaxClientMessageIdLength);
            e.Property(x => x.SenderRole).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => new { x.SessionId, x.Id });
            // A resend of the same client message is stored once.
            e.HasIndex(x => new { x.SessionId, x.Sender, x.ClientMessageId }).IsUnique();
            e.HasOne<Application>().WithMany().HasForeignKey(x => x.SdkAppId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ChatAttachment>(e =>
        {
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.SessionId).HasMaxLength(64);
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Uploader).HasMaxLength(320);
            e.Property(x => x.UploaderRole).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => x.SessionId);
            e.HasOne<Application>().WithMany().HasForeignKey(x => x.SdkAppId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<VisitorSigningKey>(e =>
        {
            e.HasKey(x => x.SdkAppId);
            e.Property(x => x.SdkAppId).ValueGeneratedNever();
            e.HasOne<Application>().WithOne().HasForeignKey<VisitorSigningKey>(x => x.SdkAppId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<SkillGroupRouting>(e =>
        {
            e.HasKey(x => x.SkillGroupId);
            e.Property(x => x.SkillGroupId).ValueGeneratedNever();
            e.HasIndex(x => x.SdkAppId);
            e.HasOne<SkillGroup>().WithOne().HasForeignKey<SkillGroupRouting>(x => x.SkillGroupId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<PushSubscription>(e =>
        {
            e.HasKey(x => x.SdkAppId);
            e.Property(x => x.SdkAppId).ValueGeneratedNever();
            e.Property(x => x.Url).HasMaxLength(2048);
            e.HasOne<Application>().WithOne().HasForeignKey<PushSubscription>(x => x.SdkAppId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<PushDelivery>(e =>
        {
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.Event).HasMaxLength(64);
            e.Property(x => x.LastError).HasMaxLength(500);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            // The dispatcher's question: what is due now.
            e.HasIndex(x => new { x.State, x.NextAttemptAtMs });
            e.HasIndex(x => new { x.SdkAppId, x.CreatedAtMs });
            e.HasOne<Application>().WithMany().HasForeignKey(x => x.SdkAppId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
