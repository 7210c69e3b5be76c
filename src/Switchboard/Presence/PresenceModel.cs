using Microsoft.EntityFrameworkCore;
using Switchboard.Tenancy;

namespace Switchboard.Presence;

/// <summary>How presence's records are stored; called from the store's model.</summary>
internal static class PresenceModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<AgentStatusChange>(e =>
        {
            e.Property(x => x.AgentMailKey).HasMaxLength(320);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.PreviousStatus).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Reason).HasMaxLength(RestReasonCatalog.MaxReasonLength);
            e.Property(x => x.SessionId).HasMaxLength(128);
            // One agent's changes in a time range (history pages, a grain waking up) and one application's day (metrics).
            e.HasIndex(x => new { x.SdkAppId, x.AgentMailKey, x.TimestampMs });
            e.HasIndex(x => new { x.SdkAppId, x.TimestampMs });
            e.HasOne<Application>().WithMany().HasForeignKey(x => x.SdkAppId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<AgentForcedOffline>(e =>
        {
            e.HasKey(x => new { x.SdkAppId, x.AgentMailKey });
            e.Property(x => x.AgentMailKey).HasMaxLength(320);
            e.HasOne<Application>().WithMany().HasForeignKey(x => x.SdkAppId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ApplicationRestReasons>(e =>
        {
            e.HasKey(x => x.SdkAppId);
            e.Property(x => x.SdkAppId).ValueGeneratedNever();
            e.HasOne<Application>().WithOne().HasForeignKey<ApplicationRestReasons>(x => x.SdkAppId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
