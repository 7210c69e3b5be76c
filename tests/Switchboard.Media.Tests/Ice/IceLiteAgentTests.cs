using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Media.Ice;
using Switchboard.Media.Stun;

namespace Switchboard.Media.Tests.Ice;

public class IceLiteAgentTests : IDisposable
{
    private static readonly IceCredentials Local = new("srvU", "serverpasswordserverpass");
    private const string RemoteUfrag = "brws";
    private static readonly IPEndPoint Browser = new(IPAddress.Parse("192.0.2.10"), 50000);
    private static readonly IPEndPoint BrowserOtherPath = new(IPAddress.Parse("198.51.100.7"), 61000);

    private readonly FakeTimeProvider _time = new();
    private readonly IceLiteAgent _agent;
    private readonly byte[] _response = new byte[StunWriter.MaxIceResponseLength];

    public IceLiteAgentTests() => _agent = new IceLiteAgent(Local, RemoteUfrag, _time);

    public void Dispose() => _agent.Dispose();

    [Fact]
    public void Valid_check_is_answered_with_the_senders_address_keyed_with_the_local_password()
    {
        var request = ChromeCheck.Build();
        var result = Handle(request, Browser);

        Assert.Equal(IceCheckOutcome.Answered, result.Outcome);
        Assert.True(StunMessage.TryRead(_response.AsSpan(0, result.ResponseLength), out var response));
        Assert.Equal(StunMessageClass.SuccessResponse, response.Class);
        Assert.True(StunMessage.TryRead(request, out var sent));
        Assert.Equal(sent.TransactionId, response.TransactionId);
        Assert.True(response.TryGetXorMappedAddress(out var mapped));
        Assert.Equal(Browser, mapped);
        Assert.Equal(StunIntegrityCheck.Valid, response.VerifyMessageIntegrity(Encoding.UTF8.GetBytes(Local.Password)));
        Assert.Equal(StunIntegrityCheck.Valid, response.VerifyFingerprint());
        Assert.Equal(IceAgentState.Connected, _agent.State);
        Assert.True(_agent.IsValidated(Browser));
        Assert.Equal(Browser, _agent.SendTarget); // usable for DTLS before nomination
        Assert.Null(_agent.SelectedRemote);
    }

    public static TheoryData<string, byte[], IceCheckOutcome, int, bool> Rejected => new()
    {
        { "wrong password", ChromeCheck.Build(password: "not-the-server-password-x"), IceCheckOutcome.BadIntegrity, 401, false },
        { "wrong remote ufrag", ChromeCheck.Build(username: "srvU:evil"), IceCheckOutcome.UnknownUsername, 401, false },
        { "wrong local ufrag", ChromeCheck.Build(username: "othr:brws"), IceCheckOutcome.UnknownUsername, 401, false },
        { "no MESSAGE-INTEGRITY", ChromeCheck.Build(password: null), IceCheckOutcome.BadRequest, 400, false },
        { "no USERNAME", ChromeCheck.Build(username: null), IceCheckOutcome.BadRequest, 400, false },
        { "peer claims ICE-CONTROLLED", ChromeCheck.Build(controlled: true), IceCheckOutcome.RoleConflict, 487, true },
        { "unknown required attribute", ChromeCheck.Build(extraType: 0x0031), IceCheckOutcome.UnknownAttribute, 420, true },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Invalid_checks_get_an_error_response_and_teach_no_address(string name, byte[] request,
        IceCheckOutcome outcome, int code, bool keyed)
    {
        var result = Handle(request, Browser);

        Assert.True(outcome == result.Outcome, name);
        Assert.True(StunMessage.TryRead(_response.AsSpan(0, result.ResponseLength), out var response));
        Assert.Equal(StunMessageClass.ErrorResponse, response.Class);
        Assert.True(response.TryGetErrorCode(out var readCode, out _));
        Assert.Equal(code, readCode);
        Assert.Equal(keyed, response.HasMessageIntegrity);
        Assert.Equal(StunIntegrityCheck.Valid, response.VerifyFingerprint());
        Assert.False(_agent.IsValidated(Browser));
        Assert.Null(_agent.SendTarget);
        Assert.Equal(IceAgentState.Checking, _agent.State);
    }

    [Fact]
    public void Unknown_attribute_response_lists_the_type()
    {
        var result = Handle(ChromeCheck.Build(extraType: 0x0031), Browser);
        Assert.True(StunMessage.TryRead(_response.AsSpan(0, result.ResponseLength), out var response));
        Span<ushort> types = stackalloc ushort[2];
        Assert.True(response.TryGetUnknownAttributes(types, out var count));
        Assert.Equal(1, count);
        Assert.Equal(0x0031, types[0]);
    }

    [Fact]
    public void Responses_indications_and_bad_fingerprints_are_ignored_silently()
    {
        Assert.Equal(new IceCheckResult(IceCheckOutcome.NotBindingRequest, 0),
            Handle(ChromeCheck.Build(messageClass: StunMessageClass.Indication), Browser));
        Assert.Equal(new IceCheckResult(IceCheckOutcome.NotBindingRequest, 0),
            Handle(ChromeCheck.Build(messageClass: StunMessageClass.SuccessResponse), Browser));
        var tampered = ChromeCheck.Build();
        tampered[^1] ^= 0x55;
        Assert.Equal(new IceCheckResult(IceCheckOutcome.BadFingerprint, 0), Handle(tampered, Browser));
        Assert.False(_agent.IsValidated(Browser));
    }

    [Fact]
    public void Nomination_selects_the_pair_and_a_later_nomination_moves_it()
    {
        var changes = new List<IPEndPoint>();
        _agent.SelectedRemoteChanged += changes.Add;

        Handle(ChromeCheck.Build(), Browser);
        Assert.Empty(changes);
        Handle(ChromeCheck.Build(useCandidate: true), Browser);
        Handle(ChromeCheck.Build(useCandidate: true), Browser); // consent checks keep the flag: no new selection
        Assert.Equal([Browser], changes);
        Assert.Equal(Browser, _agent.SelectedRemote);

        Handle(ChromeCheck.Build(), BrowserOtherPath); // validated but not nominated: selection stays
        Assert.Equal(Browser, _agent.SendTarget);
        Handle(ChromeCheck.Build(useCandidate: true), BrowserOtherPath);
        Assert.Equal([Browser, BrowserOtherPath], changes);
        Assert.Equal(BrowserOtherPath, _agent.SelectedRemote);
        Assert.Equal(BrowserOtherPath, _agent.SendTarget);
        Assert.True(_agent.IsValidated(Browser)); // the old path may still deliver in-flight media
    }

    [Fact]
    public void Consent_holds_while_checks_arrive_and_is_lost_after_the_timeout()
    {
        var lost = 0;
        _agent.ConsentLost += () => lost++;
        Handle(ChromeCheck.Build(useCandidate: true), Browser);

        _time.Advance(TimeSpan.FromSeconds(29));
        Handle(ChromeCheck.Build(), Browser); // a consent check renews
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(IceAgentState.Connected, _agent.State);
        Assert.Equal(0, lost);

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(IceAgentState.Dead, _agent.State);
        Assert.Equal(1, lost);
        Assert.False(_agent.IsValidated(Browser));
        Assert.Null(_agent.SendTarget);

        Assert.Equal(new IceCheckResult(IceCheckOutcome.SessionDead, 0), Handle(ChromeCheck.Build(), Browser));
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, lost);
    }

    [Fact]
    public void Rejected_checks_do_not_renew_consent()
    {
        var lost = 0;
        _agent.ConsentLost += () => lost++;
        Handle(ChromeCheck.Build(), Browser);
        for (var i = 0; i < 7; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(5));
            Handle(ChromeCheck.Build(password: "not-the-server-password-x"), Browser);
        }
        Assert.Equal(IceAgentState.Dead, _agent.State);
        Assert.Equal(1, lost);
    }

    [Fact]
    public void A_browser_that_never_checks_is_reported_dead_after_the_timeout()
    {
        using var agent = new IceLiteAgent(Local, RemoteUfrag, _time,
            new IceAgentOptions { ConsentTimeout = TimeSpan.FromSeconds(10) });
        var lost = false;
        agent.ConsentLost += () => lost = true;
        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(lost);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(lost);
        Assert.Equal(IceAgentState.Dead, agent.State);
    }

    private IceCheckResult Handle(byte[] request, IPEndPoint source)
    {
        Assert.True(StunMessage.TryRead(request, out var message));
        return _agent.HandleRequest(message, source, _response);
    }
}
