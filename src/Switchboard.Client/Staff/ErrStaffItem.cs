namespace Switchboard.Client;

/// <summary>An agent that CreateStaff could not create, and why.</summary>
public sealed record ErrStaffItem
{
    /// <summary>The <see cref="SeatUserInfo.Mail"/> of the failed row, as sent.</summary>
    public string? StaffEmail { get; init; }

    /// <summary>Tencent error code, e.g. <c>FailedOperation.DuplicatedAccount</c>.</summary>
    public string? Code { get; init; }

    /// <summary>What was wrong with the row.</summary>
    public string? Message { get; init; }
}
