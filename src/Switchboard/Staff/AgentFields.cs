using System.Text.RegularExpressions;

namespace Switchboard.Staff;

/// <summary>
/// Value rules of agent fields (mail, phone, extension, names, roles, priorities). The <c>Is…</c> methods
/// answer; the <c>Require…</c> methods throw InvalidParameterValue naming the field, as the API reports it.
/// </summary>
internal static partial class AgentFields
{
    public const int MaxMailLength = 320;
    public const int MaxNameLength = 200;
    public const int MaxStaffNumberLength = 100;
    public const int MaxTextLength = 200;
    public const long DefaultPriority = 3;
    public const long DefaultRole = 3;

    /// <summary>The case-insensitive key agents are found by.</summary>
    public static string MailKey(string mail) => mail.ToLowerInvariant();

    /// <summary>
    /// A plain ASCII address: a dot-atom local part of at most 64 characters, an '@', and a host name of
    /// at least two labels. Quoted local parts and IP literals are refused: no real login needs them.
    /// </summary>
    public static bool IsMail(string? value)
    {
        if (value is null || value.Length > MaxMailLength) return false;
        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@')) return false;
        var local = value.AsSpan(0, at);
        var domain = value.AsSpan(at + 1);
        return local.Length <= 64 && IsDotAtom(local) && IsHostName(domain);
    }

    /// <summary>International form with the <c>00</c> prefix: country code and number, 8 to 15 digits in all (E.164).</summary>
    public static bool IsPhone(string? value) => value is not null && PhonePattern().IsMatch(value);

    /// <summary>4 to 6 digits, the first one 1 to 8 (TCCC's extension plan; 0 and 9 lead external dialling).</summary>
    public static bool IsExtensionNumber(string? value) => value is not null && ExtensionPattern().IsMatch(value);

    public static bool IsPriority(long priority) => priority is >= 1 and <= 5;

    /// <summary>1 administrator, 2 quality inspector, 3 agent. TCCC's custom roles do not exist in Switchboard.</summary>
    public static bool IsRole(long role) => role is >= 1 and <= 3;

    public static string RequireMail(string? value, string field)
    {
        if (!IsMail(value))
            throw StaffErrors.InvalidValue(field, $"'{value}' is not a valid e-mail address.", $"'{value}' 不是有效的邮箱地址。");
        return value!;
    }

    public static string RequirePhone(string? value, string field)
    {
        if (!IsPhone(value))
            throw StaffErrors.InvalidValue(field,
                $"'{value}' is not a phone number in 00-prefixed international form, e.g. 008618011111111.",
                $"'{value}' 不是带 00 前缀的国际格式号码，例如 008618011111111。");
        return value!;
    }

    public static string RequireExtensionNumber(string? value, string field)
    {
        if (!IsExtensionNumber(value))
            throw StaffErrors.InvalidValue(field,
                $"'{value}' is not an extension number: use 4 to 6 digits starting with 1 to 8.",
                $"'{value}' 不是有效的分机号：应为 1 到 8 开头的 4 到 6 位数字。");
        return value!;
    }

    public static long RequirePriority(long priority, string field)
    {
        if (!IsPriority(priority))
            throw StaffErrors.InvalidValue(field, $"must be 1 (highest) to 5 (lowest), not {priority}.", $"必须为 1（最高）到 5（最低），当前为 {priority}。");
        return priority;
    }

    public static long RequireRole(long role, string field)
    {
        if (!IsRole(role))
            throw StaffErrors.InvalidValue(field,
                $"must be 1 (administrator), 2 (quality inspector) or 3 (agent), not {role}; custom roles are not supported.",
                $"必须为 1（管理员）、2（质检员）或 3（座席），当前为 {role}；不支持自定义角色。");
        return role;
    }

    /// <summary>A mandatory text: not blank, at most <paramref name="maxLength"/> characters, no control characters.</summary>
    public static string RequireText(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw StaffErrors.InvalidValue(field, "must not be empty.", "不能为空。");
        return RequireOptionalText(value, field, maxLength)!;
    }

    /// <summary>An optional text: absent is fine; present, at most <paramref name="maxLength"/> characters and no control characters.</summary>
    public static string? RequireOptionalText(string? value, string field, int maxLength)
    {
        if (value is null) return null;
        if (value.Length > maxLength)
            throw StaffErrors.InvalidValue(field, $"must be at most {maxLength} characters.", $"不能超过 {maxLength} 个字符。");
        if (value.AsSpan().ContainsAnyInRange('\u0000', '\u001f') || value.Contains('\u007f'))
            throw StaffErrors.InvalidValue(field, "must not contain control characters.", "不能包含控制字符。");
        return value;
    }

    private static bool IsDotAtom(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty || local[0] == '.' || local[^1] == '.') return false;
        for (var i = 0; i < local.Length; i++)
        {
            var c = local[i];
            if (c == '.' ? local[i - 1] == '.' : !(char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~".Contains(c)))
                return false;
        }
        return true;
    }

    private static bool IsHostName(ReadOnlySpan<char> domain)
    {
        if (domain.Length is 0 or > 253) return false;
        var labels = 0;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-') return false;
            foreach (var c in label)
                if (!char.IsAsciiLetterOrDigit(c) && c != '-') return false;
            labels++;
        }
        return labels >= 2;
    }

    [GeneratedRegex(@"^00[1-9][0-9]{7,14}\z")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[1-8][0-9]{3,5}\z")]
    private static partial Regex ExtensionPattern();
}
