namespace Switchboard.Media.Sdp;

/// <summary>The media direction attribute of a section (RFC 8866 §6.7), from the writer's point of view.</summary>
public enum SdpDirection
{
    /// <summary><c>sendrecv</c>, also the default when none is written.</summary>
    SendRecv,

    /// <summary><c>sendonly</c>.</summary>
    SendOnly,

    /// <summary><c>recvonly</c>.</summary>
    RecvOnly,

    /// <summary><c>inactive</c>.</summary>
    Inactive,
}
