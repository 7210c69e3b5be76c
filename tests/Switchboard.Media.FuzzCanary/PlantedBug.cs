namespace Switchboard.Media.FuzzCanary;

/// <summary>A four-byte "parser" that throws on inputs starting with "FUZZ" and accepts everything else.</summary>
public static class PlantedBug
{
    /// <summary>The message of the planted exception, which the fuzz tests look for in the crash report.</summary>
    public const string Message = "the canary's planted bug";

    /// <summary>Reads <paramref name="data"/>; throws only on the planted input.</summary>
    public static void Read(ReadOnlySpan<byte> data)
    {
        // Byte by byte, so every matched prefix is a new branch afl-fuzz can climb.
        if (data.Length < 4 || data[0] != 'F') return;
        if (data[1] != 'U') return;
        if (data[2] != 'Z') return;
        if (data[3] == 'Z') throw new InvalidOperationException(Message);
    }
}
