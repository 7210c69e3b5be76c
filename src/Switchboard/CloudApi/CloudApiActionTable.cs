using System.Collections.Frozen;
using Switchboard.Client;

namespace Switchboard.CloudApi;

/// <summary>
/// The actions this server implements, by name. Feature folders add theirs at start-up
/// (for example <c>StaffActions.Map(table)</c>); the table is read-only once the server runs.
/// </summary>
public sealed class CloudApiActionTable
{
    private readonly Dictionary<string, CloudApiAction> _building = new(StringComparer.Ordinal);
    private FrozenDictionary<string, CloudApiAction>? _frozen;

    /// <summary>
    /// Registers <paramref name="action"/>. The request body is validated against
    /// <typeparamref name="TRequest"/> (its <c>required</c> members, property types and names)
    /// before <paramref name="handler"/> runs; the returned response is sent with the call's RequestId.
    /// </summary>
    public CloudApiActionTable Map<TRequest, TResponse>(
        string action, Func<TRequest, CloudApiCall, CancellationToken, Task<TResponse>> handler)
        where TRequest : class
        where TResponse : CccResponse
    {
        if (_frozen is not null) throw new InvalidOperationException("Actions must be mapped before the server starts.");
        if (!CccActionNames.All.Contains(action) && !SwitchboardActionNames.All.Contains(action))
            throw new ArgumentException($"'{action}' is neither an action of ccc 2020-02-10 nor one of Switchboard's own.", nameof(action));
        _building.Add(action, new CloudApiAction(action, typeof(TRequest),
            async (request, call, ct) => await handler((TRequest)request, call, ct).ConfigureAwait(false)));
        return this;
    }

    /// <summary>Finds an implemented action; null when it is not (yet) built.</summary>
    public CloudApiAction? Find(string action)
    {
        _frozen ??= _building.ToFrozenDictionary(StringComparer.Ordinal);
        return _frozen.GetValueOrDefault(action);
    }

    /// <summary>Names of every implemented action.</summary>
    public IEnumerable<string> Names => _frozen?.Keys ?? (IEnumerable<string>)_building.Keys;
}

/// <summary>One implemented action: its request type and handler.</summary>
public sealed record CloudApiAction(
    string Name, Type RequestType, Func<object, CloudApiCall, CancellationToken, Task<CccResponse>> Invoke);
