using System.Globalization;
using System.Text.Json;
using Switchboard.Chat;

namespace Switchboard.Push;

/// <summary>
/// The JSON body of a chat session event, shaped after TCCC's desk session callback (<c>CallbackCommand</c>,
/// <c>SessionId</c>, <c>Event</c>, <c>EventTime</c> in ms, <c>ChannelType</c>, <c>ClientUserId</c>, <c>AgentId</c>)
/// plus Switchboard's fields. Fields an event does not have are left out; docs/push.md lists them per event.
/// </summary>
public static class PushEventBody
{
    /// <summary>The body of <paramref name="sessionEvent"/>, fixed when it happens and sent unchanged on every attempt.</summary>
    public static string Write(ChatSessionEvent sessionEvent)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("CallbackCommand", PushCallback.Command);
            json.WriteNumber("SdkAppId", sessionEvent.SdkAppId);
            json.WriteString("SessionId", sessionEvent.SessionId);
            json.WriteString("Event", sessionEvent.Event);
            json.WriteNumber("EventTime", sessionEvent.EventTimeMs);
            json.WriteString("ChannelType", PushCallback.WebChannel);
            json.WriteString("ClientUserId", sessionEvent.VisitorId);
            // Skill group ids are strings, as in IMCdrInfo, so a receiver can match events to records as written.
            json.WriteString("SkillGroupId", Id(sessionEvent.SkillGroupId));
            if (sessionEvent.AgentMail is { } agent)
            {
                // AgentId is TCCC's desk name for the agent, StaffId the records' name: both, so either reader finds it.
                json.WriteString("AgentId", agent);
                json.WriteString("StaffId", agent);
            }
            if (sessionEvent.TargetSkillGroupId is { } targetGroup) json.WriteString("TransferSkillGroupId", Id(targetGroup));
            if (sessionEvent.TargetAgentMail is { } targetAgent) json.WriteString("TransferStaffId", targetAgent);
            if (sessionEvent.EndStatus is { } endStatus) json.WriteNumber("EndStatus", endStatus);
            if (sessionEvent.CloseBy is { } closeBy) json.WriteString("CloseBy", closeBy);
            if (sessionEvent.Satisfaction is { } rating)
            {
                // The shape of IMCdrInfo.Satisfaction, so the event and the record read alike.
                json.WriteStartObject("Satisfaction");
                json.WriteNumber("Id", rating.Id);
                json.WriteString("Label", rating.Label);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
