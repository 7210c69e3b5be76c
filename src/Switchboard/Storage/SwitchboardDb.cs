using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Switchboard.Chat;
using Switchboard.Presence;
using Switchboard.Push;
using Switchboard.Routing;
using Switchboard.Sdk;
using Switchboard.Staff;
using Switchboard.Tenancy;

namespace Switchboard.Storage;

/// <summary>
/// The durable store. Provider-specific subclasses (<see cref="SqliteSwitchboardDb"/>,
/// <see cref="PostgresSwitchboardDb"/>) exist only so that each provider keeps its own migrations.
/// </summary>
public abstract class SwitchboardDb(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Owner> Owners => Set<Owner>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AdminAccount> AdminAccounts => Set<AdminAccount>();
    public DbSet<Agent> Agents => Set<Agent>();
    public DbSet<SkillGroup> SkillGroups => Set<SkillGroup>();
    public DbSet<SkillGroupMembership> SkillGroupMemberships => Set<SkillGroupMembership>();
    public DbSet<SdkLoginToken> SdkLoginTokens => Set<SdkLoginToken>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AgentStatusChange> AgentStatusChanges => Set<AgentStatusChange>();
    public DbSet<AgentForcedOffline> AgentsForcedOffline => Set<AgentForcedOffline>();
    public DbSet<ApplicationRestReasons> ApplicationRestReasons => Set<ApplicationRestReasons>();
    public DbSet<ChatSession> ChatSessions => Set<ChatSession>();
    public DbSet<ChatServiceRecord> ChatServiceRecords => Set<ChatServiceRecord>();
    public DbSet<ChatMessage> ChatMessages => Set<ChatMessage>();
    public DbSet<ChatAttachment> ChatAttachments => Set<ChatAttachment>();
    public DbSet<VisitorSigningKey> VisitorSigningKeys => Set<VisitorSigningKey>();
    public DbSet<SkillGroupRouting> SkillGroupRoutings => Set<SkillGroupRouting>();
    public DbSet<PushSubscription> PushSubscriptions => Set<PushSubscription>();
    public DbSet<PushDelivery> PushDeliveries => Set<PushDelivery>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Owner>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
        });
        model.Entity<Application>(e =>
        {
            e.HasKey(x => x.SdkAppId);
            e.Property(x => x.SdkAppId).ValueGeneratedNever();
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasOne<Owner>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.OwnerId);
        });
        model.Entity<ApiKey>(e =>
        {
            e.HasKey(x => x.SecretId);
            e.Property(x => x.SecretId).HasMaxLength(64);
            e.Property(x => x.Description).HasMaxLength(200);
            e.HasOne<Owner>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.OwnerId);
        });
        model.Entity<AdminAccount>(e =>
        {
            e.Property(x => x.UserName).HasMaxLength(320);
            e.HasIndex(x => x.UserName).IsUnique();
            e.HasOne<Owner>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<Agent>(e =>
        {
            e.Property(x => x.Mail).HasMaxLength(320);
            e.Property(x => x.MailKey).HasMaxLength(320);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.StaffNumber).HasMaxLength(100);
            e.HasIndex(x => new { x.SdkAppId, x.MailKey }).IsUnique();
            e.HasIndex(x => new { x.SdkAppId, x.LastModifyTimestamp });
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Application>().WithMany().HasForeignKey(x => x.SdkAppId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<SkillGroup>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => new { x.SdkAppId, x.Name }).IsUnique();
            e.HasOne<Application>().WithMany().HasForeignKey(x => x.SdkAppId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<SkillGroupMembership>(e =>
        {
            e.HasKey(x => new { x.AgentId, x.SkillGroupId });
            e.HasOne(x => x.Agent).WithMany(a => a.Memberships).HasForeignKey(x => x.AgentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.SkillGroup).WithMany(g => g.Memberships).HasForeignKey(x => x.SkillGroupId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.SkillGroupId);
        });
        model.Entity<SdkLoginToken>(e =>
        {
            e.HasKey(x => x.TokenHash);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.HasIndex(x => x.ExpiresAt);
            e.HasOne<Application>().WithMany().HasForeignKey(x => x.SdkAppId).OnDelete(DeleteBehavior.Cascade);
        });
        PresenceModel.Configure(model);
        ChatModel.Configure(model);
    }
}
