namespace Switchboard.Media.Fuzz;

/// <summary>
/// One parser under fuzzing: <see cref="Run"/> must return normally for every input — any exception it lets out is
/// a finding. <see cref="Seeds"/> are small valid inputs afl-fuzz starts mutating from.
/// </summary>
public sealed record FuzzTarget(string Name, FuzzTarget.Input Run, Func<IEnumerable<byte[]>> Seeds)
{
    /// <summary>A parser entry point taking the raw bytes.</summary>
    public delegate void Input(ReadOnlySpan<byte> data);
}
