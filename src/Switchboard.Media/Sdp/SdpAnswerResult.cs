namespace Switchboard.Media.Sdp;

/// <summary>An answer and what it agreed, or why the offer cannot be answered.</summary>
public sealed record SdpAnswerResult
{
    /// <summary>The answer, when the offer was acceptable.</summary>
    public SdpSessionDescription? Answer { get; init; }

    /// <summary>The agreed audio parameters, when the offer was acceptable.</summary>
    public SdpNegotiatedAudio? Audio { get; init; }

    /// <summary>Why the offer was refused; null on success.</summary>
    public string? Error { get; init; }

    /// <summary>Whether an answer was produced.</summary>
    public bool Succeeded => Answer is not null;

    internal static SdpAnswerResult Refused(string error) => new() { Error = error };
}
