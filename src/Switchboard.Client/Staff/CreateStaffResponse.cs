namespace Switchboard.Client;

/// <summary>Output of CreateStaff.</summary>
public sealed record CreateStaffResponse : CccResponse
{
    /// <summary>Rows that were not created, with the reason; rows that were created are not listed.</summary>
    public IReadOnlyList<ErrStaffItem> ErrorStaffList { get; init; } = [];
}
