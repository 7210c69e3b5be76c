using System.Text.Json.Serialization;
using Switchboard.Chat;

namespace Switchboard.Sdk.Hub.Chat;

/// <summary>
/// The <c>callIn</c> message of a chat offer: web-sdk §3.2's fields for type <c>im</c>, the optional ones left out
/// when the visitor's page gave none.
/// </summary>
/// <param name="Timeout">Seconds to answer; 0 = no timeout.</param>
public sealed record ChatCallIn(
    string SessionId,
    string Type,
    int Timeout,
    string Nickname,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Avatar,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Remark,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PeerSource,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ChannelName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ClientData)
{
    /// <summary>The session type of every chat.</summary>
    public const string ChatType = "im";

    /// <summary>The message for <paramref name="offer"/>.</summary>
    public static ChatCallIn From(ChatOffer offer) => new(
        offer.SessionId, ChatType, offer.Timeout, offer.Nickname, offer.Avatar, offer.Remark, offer.PeerSource, offer.ChannelName, offer.ClientData);
}
