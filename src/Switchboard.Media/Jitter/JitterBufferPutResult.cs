namespace Switchboard.Media.Jitter;

/// <summary>What <see cref="JitterBuffer.Put"/> did with a frame.</summary>
public enum JitterBufferPutResult
{
    /// <summary>Stored for playout.</summary>
    Accepted,

    /// <summary>The same frame was already stored or played; dropped.</summary>
    Duplicate,

    /// <summary>Its playout time has passed; dropped, and the target delay grows.</summary>
    Late,

    /// <summary>Not a 20 ms frame; dropped.</summary>
    Invalid,
}
