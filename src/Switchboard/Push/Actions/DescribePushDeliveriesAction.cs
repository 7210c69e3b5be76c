using Microsoft.EntityFrameworkCore;
using Switchboard.Chat.Records;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Storage;

namespace Switchboard.Push.Actions;

/// <summary>
/// DescribePushDeliveries (Switchboard only): an application's webhook deliveries, newest first, optionally of one
/// state, so operators can see what failed and why, with the body as sent.
/// </summary>
internal static class DescribePushDeliveriesAction
{
    public static async Task<DescribePushDeliveriesResponse> HandleAsync(DescribePushDeliveriesRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        var page = RecordPage.From(request.Limit, request.Offset, ErrorCodes.InvalidParameterValue);
        PushDeliveryState? state = null;
        if (!string.IsNullOrEmpty(request.State))
        {
            if (!Enum.GetNames<PushDeliveryState>().Contains(request.State, StringComparer.Ordinal))
                throw new CloudApiException(ErrorCodes.InvalidParameterValue,
                    "State must be Pending, Delivered, Failed or NoSubscriber.",
                    "State 必须为 Pending、Delivered、Failed 或 NoSubscriber。");
            state = Enum.Parse<PushDeliveryState>(request.State);
        }

        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var url = await call.Services.GetRequiredService<PushSubscriptionStore>().UrlAsync(request.SdkAppId, cancellationToken);
        var matching = db.PushDeliveries.AsNoTracking().Where(d => d.SdkAppId == request.SdkAppId && (state == null || d.State == state));
        var total = await matching.LongCountAsync(cancellationToken);
        var rows = await matching.OrderByDescending(d => d.CreatedAtMs).ThenByDescending(d => d.Id)
            .Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new DescribePushDeliveriesResponse
        {
            Url = url ?? "",
            TotalCount = total,
            Deliveries = rows.Select(d => new PushDeliveryInfo
            {
                DeliveryId = d.Id,
                Event = d.Event,
                State = d.State.ToString(),
                Attempts = d.Attempts,
                CreatedTimestamp = d.CreatedAtMs,
                NextAttemptTimestamp = d.State == PushDeliveryState.Pending ? d.NextAttemptAtMs : 0,
                DeliveredTimestamp = d.DeliveredAtMs ?? 0,
                LastError = d.LastError ?? "",
                Body = d.Body,
            }).ToList(),
        };
    }
}
