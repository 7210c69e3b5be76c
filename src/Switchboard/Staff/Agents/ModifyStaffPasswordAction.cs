using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Storage;
using Switchboard.Tenancy;

namespace Switchboard.Staff.Agents;

/// <summary>ModifyStaffPassword: stores a PBKDF2 hash of the agent's new password, never the password.</summary>
internal static class ModifyStaffPasswordAction
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    public static async Task<ModifyStaffPasswordResponse> HandleAsync(ModifyStaffPasswordRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        using var write = await call.BeginStaffWriteAsync(request.SdkAppId, cancellationToken);
        var password = request.Password;
        if (password is null || password.Length is < MinLength or > MaxLength)
            throw StaffErrors.InvalidValue("Password", $"must be {MinLength} to {MaxLength} characters long.", $"长度必须为 {MinLength} 到 {MaxLength} 个字符。");

        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var key = AgentFields.MailKey(request.Email ?? "");
        var agents = db.Agents.Where(a => a.SdkAppId == request.SdkAppId && a.MailKey == key);
        // Checked before hashing so an unknown agent costs no PBKDF2 work.
        if (!await agents.AnyAsync(cancellationToken)) throw StaffErrors.AccountNotExist(request.Email);

        var hash = PasswordHashing.Hash(password);
        var now = call.UnixNow();
        var updated = await agents.ExecuteUpdateAsync(s => s
            .SetProperty(a => a.PasswordHash, hash)
            .SetProperty(a => a.LastModifyTimestamp, now)
            .SetProperty(a => a.Version, a => a.Version + 1), cancellationToken);
        if (updated == 0) throw StaffErrors.AccountNotExist(request.Email);
        return new ModifyStaffPasswordResponse();
    }
}
