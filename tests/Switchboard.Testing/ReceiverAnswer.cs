namespace Switchboard.Testing;

/// <summary>What the test receiver does with one delivery.</summary>
public enum ReceiverAnswer
{
    /// <summary>Answers 200 with TCCC's <c>{"ErrCode":0}</c>.</summary>
    Ok,
    /// <summary>Answers 500.</summary>
    ServerError,
    /// <summary>Drops the connection without an answer.</summary>
    DropConnection,
    /// <summary>Never answers (until the sender gives up).</summary>
    Hang,
}
