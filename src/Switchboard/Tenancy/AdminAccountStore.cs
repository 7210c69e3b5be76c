using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Tenancy;

/// <summary>Creates, lists and authenticates the admin accounts that log in to the console.</summary>
public sealed class AdminAccountStore(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Shortest password an operator may choose; generated ones are longer.</summary>
    public const int MinimumPasswordLength = 10;

    private const int MaxUserNameLength = 320;
    // Verifying against this when the login is unknown keeps the answer as slow as for a wrong password,
    // so response times do not reveal which e-mail addresses have accounts.
    private static readonly Lazy<string> UnknownUserHash = new(() => PasswordHashing.Hash(CredentialGenerator.NewPassword()));

    /// <summary>
    /// Creates an account for <paramref name="email"/> (stored lower case) under <paramref name="ownerId"/>.
    /// Without <paramref name="password"/> one is generated and returned once.
    /// </summary>
    public async Task<NewAdminAccount> CreateAsync(long ownerId, string email, string? password, CancellationToken cancellationToken)
    {
        var userName = NormalizeUserName(email);
        RequireAcceptablePassword(password);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        if (!await db.Owners.AnyAsync(o => o.Id == ownerId, cancellationToken))
            throw new TenancyException($"Owner {ownerId} does not exist.");
        if (await db.AdminAccounts.AnyAsync(a => a.UserName == userName, cancellationToken))
            throw new TenancyException($"An admin account for {userName} already exists.");
        var (account, generatedPassword) = Add(db, ownerId, userName, password, time.GetUtcNow().ToUnixTimeSeconds());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process created the same login between our check and our insert.
            if (await db.AdminAccounts.AsNoTracking().AnyAsync(a => a.UserName == userName, cancellationToken))
                throw new TenancyException($"An admin account for {userName} already exists.");
            throw;
        }
        return new NewAdminAccount(account.Id, account.OwnerId, account.UserName, generatedPassword);
    }

    /// <summary>Accounts of <paramref name="ownerId"/>, or of every owner when null, oldest first.</summary>
    public async Task<IReadOnlyList<AdminAccountSummary>> ListAsync(long? ownerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var query = db.AdminAccounts.AsNoTracking();
        if (ownerId is { } id) query = query.Where(a => a.OwnerId == id);
        return await query.OrderBy(a => a.Id)
            .Select(a => new AdminAccountSummary(a.Id, a.OwnerId, a.UserName, a.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The account when <paramref name="password"/> is right for <paramref name="email"/>; otherwise null.</summary>
    public async Task<AdminAccountSummary?> VerifyPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        var userName = email.Trim().ToLowerInvariant();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var account = await db.AdminAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.UserName == userName, cancellationToken);
        if (account is null)
        {
            PasswordHashing.Verify(password, UnknownUserHash.Value);
            return null;
        }
        return PasswordHashing.Verify(password, account.PasswordHash)
            ? new AdminAccountSummary(account.Id, account.OwnerId, account.UserName, account.CreatedAt)
            : null;
    }

    internal static (AdminAccount Account, string? GeneratedPassword) Add(
        SwitchboardDb db, long ownerId, string userName, string? password, long now)
    {
        RequireAcceptablePassword(password);
        var generated = password is null ? CredentialGenerator.NewPassword() : null;
        var account = new AdminAccount
        {
            OwnerId = ownerId,
            UserName = NormalizeUserName(userName),
            PasswordHash = PasswordHashing.Hash(password ?? generated!),
            CreatedAt = now,
        };
        db.AdminAccounts.Add(account);
        return (account, generated);
    }

    private static void RequireAcceptablePassword(string? password)
    {
        if (password is not null && password.Length < MinimumPasswordLength)
            throw new TenancyException($"The password must have at least {MinimumPasswordLength} characters.");
    }

    internal static string NormalizeUserName(string email)
    {
        var trimmed = email.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxUserNameLength
            || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed)
            throw new TenancyException($"'{email}' is not an e-mail address.");
        return trimmed.ToLowerInvariant();
    }
}
