namespace Switchboard.Client;

/// <summary>Input of ModifyStaffPassword: sets an agent's login password.</summary>
public sealed record ModifyStaffPasswordRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Mail of the agent.</summary>
    public required string Email { get; init; }

    /// <summary>The new password, 8 to 128 characters.</summary>
    public required string Password { get; init; }
}
