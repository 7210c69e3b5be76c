using System.Net;
using System.Text;
using Switchboard.Media.Stun;

namespace Switchboard.Media.Ice;

/// <summary>
/// The ICE-lite side (RFC 8445 §2.5) of one WebRTC session: it never sends checks, it answers the browser's, which
/// is always the controlling agent. A valid check (right USERNAME, right MESSAGE-INTEGRITY) makes its source an
/// address media is accepted from; USE-CANDIDATE selects it as the pair to send on, and a later nomination moves the
/// selection. Consent freshness (RFC 7675): without a valid check for <see cref="IceAgentOptions.ConsentTimeout"/>
/// the agent is <see cref="IceAgentState.Dead"/> and raises <see cref="ConsentLost"/> once. Thread-safe: checks
/// arrive on the receive loop, the consent timer on the thread pool.
/// </summary>
public sealed class IceLiteAgent : IDisposable
{

    private readonly Lock _gate = new();
    private readonly byte[] _key;
    private readonly byte[] _expectedUsername;
    private readonly TimeProvider _time;
    private readonly TimeSpan _consentTimeout;
    private readonly HashSet<IPEndPoint> _validated = [];
    private readonly ITimer _consentTimer;
    private long _lastValidCheck;
    private IPEndPoint? _selected;
    private IPEndPoint? _lastValidated;
    private IceAgentState _state;

    /// <summary>
    /// An agent answering checks for <paramref name="local"/> from the peer whose ufrag is <paramref name="remoteUfrag"/>.
    /// The consent clock starts now.
    /// </summary>
    public IceLiteAgent(IceCredentials local, string remoteUfrag, TimeProvider time, IceAgentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentException.ThrowIfNullOrEmpty(remoteUfrag);
        options ??= IceAgentOptions.Default;
        Local = local;
        RemoteUfrag = remoteUfrag;
        _key = Encoding.UTF8.GetBytes(local.Password);
        _expectedUsername = Encoding.UTF8.GetBytes($"{local.Ufrag}:{remoteUfrag}");
        _time = time;
        _consentTimeout = options.ConsentTimeout;
        _lastValidCheck = time.GetTimestamp();
        _consentTimer = time.CreateTimer(_ => CheckConsent(), null, options.ConsentCheckInterval, options.ConsentCheckInterval);
    }

    /// <summary>Raised (outside any lock) when a nomination selects a new remote address to send to.</summary>
    public event Action<IPEndPoint>? SelectedRemoteChanged;

    /// <summary>Raised once, from the consent timer, when the consent timeout passes without a valid check.</summary>
    public event Action? ConsentLost;

    /// <summary>This side's credentials, the ones checks must be keyed with.</summary>
    public IceCredentials Local { get; }

    /// <summary>The browser's ufrag, the second half of a valid USERNAME.</summary>
    public string RemoteUfrag { get; }

    /// <summary>Where the agent stands.</summary>
    public IceAgentState State
    {
        get { lock (_gate) return _state; }
    }

    /// <summary>The remote address of the nominated pair; null until the browser nominates.</summary>
    public IPEndPoint? SelectedRemote
    {
        get { lock (_gate) return _selected; }
    }

    /// <summary>
    /// Where to send now: the nominated address, or before nomination the source of the latest valid check (the
    /// browser may start DTLS as soon as one check succeeded); null when nothing is validated or consent is lost.
    /// </summary>
    public IPEndPoint? SendTarget
    {
        get { lock (_gate) return _state == IceAgentState.Dead ? null : _selected ?? _lastValidated; }
    }

    /// <summary>Whether <paramref name="remote"/> has sent a valid check and consent still holds: its media is accepted.</summary>
    public bool IsValidated(IPEndPoint remote)
    {
        lock (_gate) return _state != IceAgentState.Dead && _validated.Contains(remote);
    }

    /// <summary>
    /// Handles a STUN message from <paramref name="source"/> and writes the response, if any, into
    /// <paramref name="response"/> (at least <see cref="StunWriter.MaxIceResponseLength"/> bytes). Never throws on
    /// message content.
    /// </summary>
    public IceCheckResult HandleRequest(in StunMessage request, IPEndPoint source, Span<byte> response)
    {
        if (request.Class != StunMessageClass.Request || request.Method != StunMethod.Binding)
            return new(IceCheckOutcome.NotBindingRequest, 0);
        if (request.VerifyFingerprint() == StunIntegrityCheck.Invalid) return new(IceCheckOutcome.BadFingerprint, 0);
        if (State == IceAgentState.Dead) return new(IceCheckOutcome.SessionDead, 0);

        var id = request.TransactionId;
        if (!request.TryGetUsername(out var username) || !request.HasMessageIntegrity)
            return Reject(IceCheckOutcome.BadRequest, StunErrorCode.BadRequest, id, response, keyed: false);
        if (!username.SequenceEqual(_expectedUsername))
            return Reject(IceCheckOutcome.UnknownUsername, StunErrorCode.Unauthorized, id, response, keyed: false);
        if (request.VerifyMessageIntegrity(_key) != StunIntegrityCheck.Valid)
            return Reject(IceCheckOutcome.BadIntegrity, StunErrorCode.Unauthorized, id, response, keyed: false);

        Span<ushort> unknown = stackalloc ushort[8];
        var unknownCount = request.FindUnknownComprehensionRequired(unknown);
        if (unknownCount > 0)
        {
            var length = StunResponses.WriteBindingError(response, id, StunErrorCode.UnknownAttribute, _key,
                unknown[..Math.Min(unknownCount, unknown.Length)]);
            return new(IceCheckOutcome.UnknownAttribute, length);
        }
        // A lite agent is always controlled (RFC 8445 §6.1.1); a peer that also claims that role gets 487 and is
        // expected to switch to controlling.
        if (request.TryGetIceControlled(out _))
            return Reject(IceCheckOutcome.RoleConflict, StunErrorCode.RoleConflict, id, response, keyed: true);

        var nominated = request.HasUseCandidate;
        IPEndPoint? newlySelected = null;
        lock (_gate)
        {
            if (_state == IceAgentState.Dead) return new(IceCheckOutcome.SessionDead, 0);
            _state = IceAgentState.Connected;
            _lastValidCheck = _time.GetTimestamp();
            _validated.Add(source);
            _lastValidated = source;
            if (nominated && !source.Equals(_selected)) newlySelected = _selected = source;
        }
        if (newlySelected is not null) SelectedRemoteChanged?.Invoke(newlySelected);
        return new(IceCheckOutcome.Answered, StunResponses.WriteBindingSuccess(response, id, source, _key));
    }

    /// <summary>Stops the consent timer; no event is raised afterwards.</summary>
    public void Dispose() => _consentTimer.Dispose();

    private IceCheckResult Reject(IceCheckOutcome outcome, int code, StunTransactionId id, Span<byte> response, bool keyed) =>
        new(outcome, StunResponses.WriteBindingError(response, id, code, keyed ? _key : []));

    private void CheckConsent()
    {
        lock (_gate)
        {
            if (_state == IceAgentState.Dead || _time.GetElapsedTime(_lastValidCheck) < _consentTimeout) return;
            _state = IceAgentState.Dead;
        }
        _consentTimer.Dispose();
        ConsentLost?.Invoke();
    }
}
