using System.Text;

namespace Switchboard.Client.Signing;

/// <summary>Small UTF-8 helpers shared by the signers; none of them allocates.</summary>
internal static class Utf8Text
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 at the start of <paramref name="destination"/>.</summary>
    public static int Write(ReadOnlySpan<char> text, Span<byte> destination)
        => Encoding.UTF8.GetBytes(text, destination);

    /// <summary>
    /// Lower-cases ASCII letters in place. Safe on UTF-8 because multi-byte sequences never contain ASCII bytes.
    /// </summary>
    public static void ToLowerAscii(Span<byte> utf8)
    {
        foreach (ref byte b in utf8)
        {
            if ((uint)(b - 'A') <= 'Z' - 'A')
            {
                b = (byte)(b | 0x20);
            }
        }
    }

    /// <summary>Upper-cases ASCII letters in place (see <see cref="ToLowerAscii"/>).</summary>
    public static void ToUpperAscii(Span<byte> utf8)
    {
        foreach (ref byte b in utf8)
        {
            if ((uint)(b - 'a') <= 'z' - 'a')
            {
                b = (byte)(b & ~0x20);
            }
        }
    }
}
