using System.Globalization;
using Switchboard.CloudApi.Parameters;

namespace Switchboard.Tests.Fuzzing;

/// <summary>
/// Values as flattened parameters carry them (text), aimed at each kind's edges: signs, leading zeros,
/// 64-bit limits, exponents, non-finite numbers, Unicode digits, case and whitespace variants.
/// </summary>
internal static class ParameterValues
{
    private static readonly string[] OddIntegers =
    [
        "+5", "-0", "007", " 7", "7 ", "1.0", "1e3", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "-9223372036854775809", "0x10", "", "\u0661\u0662", "1_000", "\uff11",
    ];

    private static readonly string[] OddFloats =
    [
        "0.25", "-1.5e-7", "1e308", "1e309", "-1e309", "1e-400", "NaN", "Infinity", "-Infinity", "1,5", ".5", "5.",
        "\u221e", "0x1p3", "1E+300", "-0",
    ];

    private static readonly string[] OddBooleans = ["true", "false", "True", "FALSE", " true", "1", "0", "yes", ""];

    /// <summary>Flat keys whose segments are broken in the ways a hand-built query breaks them.</summary>
    private static readonly string[] OddIndices =
        ["00", "01", "-1", "+1", " 1", "1 ", "9999", "10000", "2147483648", "99999999999999999999", "", "x", "\u0661", "1e2"];

    public static string For(Random random, ParameterKind kind) => kind switch
    {
        ParameterKind.Integer => random.Next(3) == 0 ? FuzzText.Pick(random, OddIntegers) : Invariant(random.NextInt64(long.MinValue, long.MaxValue)),
        ParameterKind.Float => random.Next(2) == 0 ? FuzzText.Pick(random, OddFloats) : Invariant((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 300))),
        ParameterKind.Boolean => FuzzText.Pick(random, OddBooleans),
        _ => Text(random),
    };

    /// <summary>Any value: text of every class, sometimes lone surrogates (which the wire cannot deliver).</summary>
    public static string Text(Random random) => random.Next(10) == 0 ? FuzzText.Any(random, 40) : FuzzText.Valid(random, 40);

    /// <summary>An array index: usually small and right, sometimes out of range, padded, signed or not a number.</summary>
    public static string Index(Random random) => random.Next(10) < 7 ? Invariant(random.Next(4)) : FuzzText.Pick(random, OddIndices);

    public static string Invariant<T>(T number) where T : IFormattable => number.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>A parameter name that is not in the schema: case-changed, padded, empty or made up.</summary>
    public static string OddName(Random random, ParameterSchema schema)
    {
        string real = schema.Fields.Count == 0 ? "Name" : FuzzText.Pick(random, schema.Fields.Keys);
        return random.Next(5) switch
        {
            0 => real.ToLowerInvariant(),
            1 => " " + real,
            2 => "",
            3 => real + "\u200b",
            _ => FuzzText.Any(random, 8),
        };
    }
}
