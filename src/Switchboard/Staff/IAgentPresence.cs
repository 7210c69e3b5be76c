namespace Switchboard.Staff;

/// <summary>
/// Tells which agents are online right now. DeleteStaff asks it so that it never deletes an agent in the
/// middle of their work (TCCC refuses those and lists them in <c>OnlineStaffList</c>).
/// </summary>
public interface IAgentPresence
{
    /// <summary>The subset of <paramref name="mailKeys"/> (lower-cased mails) whose agents are online.</summary>
    ValueTask<IReadOnlySet<string>> FindOnlineAsync(long sdkAppId, IReadOnlyCollection<string> mailKeys, CancellationToken cancellationToken);
}
