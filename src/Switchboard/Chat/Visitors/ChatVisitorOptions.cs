namespace Switchboard.Chat.Visitors;

/// <summary>Settings of the visitor side of chat (configuration section <c>Chat</c>).</summary>
public sealed class ChatVisitorOptions
{
    /// <summary>Lifetime of a visitor token; the widget renews it by signing in again.</summary>
    public int VisitorTokenMinutes { get; set; } = 24 * 60;

    /// <summary>
    /// How long after its expiry an anonymous visitor's token still renews to the same visitor id, so a visitor who
    /// comes back within this many days finds their conversation. Verified visitors renew with a fresh UserSig instead.
    /// </summary>
    public int AnonymousRenewalDays { get; set; } = 30;

    /// <summary>Sign-ins one client address may make per second on average; 0 turns the limit off.</summary>
    public int SignInsPerSecondPerAddress { get; set; } = 5;

    /// <summary>Sign-ins one client address may make in a burst (a whole office behind one NAT address).</summary>
    public int SignInBurstPerAddress { get; set; } = 50;

    /// <summary>Messages and typing notices one visitor may send per second on average.</summary>
    public int VisitorMessagesPerSecond { get; set; } = 5;

    /// <summary>Messages and typing notices one visitor may send in a burst.</summary>
    public int VisitorMessageBurst { get; set; } = 10;

    /// <summary>Hub invocations of any kind one visitor connection may make per second on average.</summary>
    public int HubInvocationsPerSecond { get; set; } = 20;

    /// <summary>Hub invocations of any kind one visitor connection may make in a burst.</summary>
    public int HubInvocationBurst { get; set; } = 40;

    /// <summary>Largest visitor hub message accepted; a larger one closes the connection.</summary>
    public int MaxHubMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Largest attachment accepted, in bytes (default 10 MB).</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Where attachments are stored; unset means <c>attachments</c> under <c>Storage:DataDirectory</c>.</summary>
    public string? AttachmentsDirectory { get; set; }

    /// <summary>Token lifetime as a span, at least one minute.</summary>
    public TimeSpan VisitorTokenLifetime => TimeSpan.FromMinutes(Math.Max(VisitorTokenMinutes, 1));
}
