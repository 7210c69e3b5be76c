namespace Switchboard.Client;

/// <summary>The outcome for one agent of SetStaffStatus; a refused change names why and leaves the state as it was.</summary>
public sealed record SetStaffStatusRspItem
{
    /// <summary>Mail of the agent, as given.</summary>
    public string? StaffUserId { get; init; }

    /// <summary>Empty when applied; otherwise an error code such as <c>FailedOperation</c> or <c>InvalidParameterValue.AccountNotExist</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Why the change was refused; empty when applied.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The state now (cloud API names: <c>afterCallWork</c> for after-call work).</summary>
    public string? Status { get; init; }

    /// <summary>The rest reason when <see cref="Status"/> is <c>rest</c>.</summary>
    public string? Reason { get; init; }

    /// <summary>The state before the request.</summary>
    public string? PreviousStatus { get; init; }

    /// <summary>The rest reason before the request.</summary>
    public string? PreviousReason { get; init; }
}
