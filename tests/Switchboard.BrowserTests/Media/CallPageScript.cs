namespace Switchboard.BrowserTests.Media;

/// <summary>
/// The page side of a WebRTC audio call to the server, as a test page's script: microphone → RTCPeerConnection
/// restricted to one G.711 codec (+ telephone-event), a non-trickle offer POSTed as JSON to the server, and the
/// remote track measured with WebAudio (Goertzel power per frequency), since headless Chromium reports no audio
/// levels in its stats.
/// </summary>
public static class CallPageScript
{
    /// <summary>
    /// A page defining <c>startCall(url, codec)</c>, <c>toneLevels(freqs)</c>, <c>callDiagnostics()</c>,
    /// <c>sendDigits(d)</c> and <c>hangUp()</c>.
    /// </summary>
    public const string Html = """
        <!doctype html>
        <html><head><meta charset="utf-8"><title>call</title></head><body>
        <script>
        """ + ToneMeter + """
        let pc, dtmf;
        window.callState = 'idle';

        async function startCall(url, codec) {
          const microphone = await navigator.mediaDevices.getUserMedia({ audio: true });
          pc = new RTCPeerConnection();
          const transceiver = pc.addTransceiver(microphone.getAudioTracks()[0], { direction: 'sendrecv' });
          const wanted = RTCRtpSender.getCapabilities('audio').codecs.filter(c =>
            c.mimeType.toLowerCase() === 'audio/' + codec.toLowerCase()
            || (c.mimeType.toLowerCase() === 'audio/telephone-event' && c.clockRate === 8000));
          transceiver.setCodecPreferences(wanted);
          dtmf = transceiver.sender.dtmf;
          pc.onconnectionstatechange = () => { window.callState = pc.connectionState; };
          pc.ontrack = event => listen(event.streams[0] || new MediaStream([event.track]));
          await pc.setLocalDescription(await pc.createOffer());
          await new Promise(resolve => {
            if (pc.iceGatheringState === 'complete') return resolve();
            pc.onicegatheringstatechange = () => { if (pc.iceGatheringState === 'complete') resolve(); };
          });
          const response = await fetch(url, {
            method: 'POST', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ type: 'offer', sdp: pc.localDescription.sdp }),
          });
          if (!response.ok) throw new Error('offer refused: ' + response.status + ' ' + await response.text());
          const answer = await response.json();
          await pc.setRemoteDescription({ type: 'answer', sdp: answer.sdp });
          return answer;
        }

        // What a failing test reports: connection state and how much audio arrived.
        async function callDiagnostics() {
          if (!pc) return 'no call';
          const lines = [pc.connectionState];
          (await pc.getStats()).forEach(r => {
            if (r.type === 'inbound-rtp') lines.push('received ' + r.packetsReceived + ' packets, lost ' + r.packetsLost);
            if (r.type === 'outbound-rtp') lines.push('sent ' + r.packetsSent + ' packets');
          });
          return lines.join(', ');
        }

        function sendDigits(digits) { dtmf.insertDTMF(digits, 100, 70); }
        function hangUp() { pc.close(); window.callState = 'closed'; }
        </script>
        </body></html>
        """;

    /// <summary>
    /// Script defining <c>listen(stream)</c> (measure a received stream) and <c>toneLevels(freqs)</c>: the Goertzel
    /// power of each frequency in the last analyser window, relative to the window's total power (0..1).
    /// </summary>
    public const string ToneMeter = """
        let analyser, audioContext;

        function listen(stream) {
          // Chromium only decodes a remote track into WebAudio while a media element also plays it.
          const element = new Audio();
          element.muted = true;
          element.srcObject = stream;
          element.play().catch(() => {});
          audioContext = new AudioContext();
          analyser = audioContext.createAnalyser();
          analyser.fftSize = 8192;
          audioContext.createMediaStreamSource(stream).connect(analyser);
        }

        // Power of each frequency in the last analyser window, relative to the window's total power (0..1).
        function toneLevels(frequencies) {
          if (!analyser) return frequencies.map(() => 0);
          const samples = new Float32Array(analyser.fftSize);
          analyser.getFloatTimeDomainData(samples);
          const total = samples.reduce((sum, x) => sum + x * x, 0);
          if (total === 0) return frequencies.map(() => 0);
          return frequencies.map(frequency => {
            const coefficient = 2 * Math.cos(2 * Math.PI * frequency / audioContext.sampleRate);
            let previous = 0, beforePrevious = 0;
            for (const x of samples) {
              const current = x + coefficient * previous - beforePrevious;
              beforePrevious = previous;
              previous = current;
            }
            const power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
            return (2 * power / samples.length) / total;
          });
        }

        """;
}
