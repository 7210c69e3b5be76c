// The agent page of the TCCC guide (step 3), in Vue 3: ask our backend for an SdkURL, inject the SDK with
// crossorigin="anonymous", subscribe `ready` and `tokenExpired` on load, then drive tccc.Agent.
// Everything shown comes through Vue text interpolation, so data from the server is never parsed as HTML.
"use strict";

const { createApp, ref, computed, onMounted } = Vue;

const WORKSTATION_ID = "tccc-workstation";
// tokenExpired means "fetch a new SdkURL and initialise again"; a refusal that keeps coming back
// (e.g. the agent is forced offline) must not loop forever.
const MAX_TOKEN_RETRIES = 2;
const LOG_LIMIT = 200;
const STATUS_LABELS = { free: "Free", busy: "Busy", arrange: "After-call work", notReady: "Not ready", rest: "Rest", offline: "Offline" };
const PHASE_TEXT = {
  signedOut: "Not logged in.",
  loading: "Logging in…",
  ready: "Ready: the workstation is connected.",
  disconnected: "Disconnected by the contact center.",
  failed: "Login failed.",
};

createApp({
  setup() {
    const settings = { backendUrl: "http://127.0.0.1:3000" };
    const agentUserId = ref(new URLSearchParams(location.search).get("agent") || "");
    const phase = ref("signedOut");
    const problem = ref("");
    const status = ref("offline");
    const reason = ref(null);
    const restReason = ref("Meal");
    const log = ref([]);
    const settingsLoaded = ref(false);
    let nextLogId = 1;
    let tokenRetries = 0;
    let subscriptions = [];

    const statusText = computed(() => {
      const label = STATUS_LABELS[status.value] || status.value;
      return status.value === "rest" && reason.value ? `${label} (${reason.value})` : label;
    });
    const phaseText = computed(() => PHASE_TEXT[phase.value]);

    function record(name, detail) {
      log.value.unshift({ id: nextLogId++, time: new Date().toLocaleTimeString(), name, detail: detail || "" });
      if (log.value.length > LOG_LIMIT) log.value.length = LOG_LIMIT;
    }

    function fail(message) {
      phase.value = "failed";
      problem.value = message;
      record("demo", message);
    }

    function showStatus(next, nextReason) {
      status.value = next;
      reason.value = next === "rest" ? nextReason || null : null;
    }

    // Step 2 happens on our backend: it alone holds the SecretKey and calls CreateSDKLoginToken.
    async function fetchSdkUrl(userId) {
      const response = await fetch(`${settings.backendUrl}/loginTCCC?userId=${encodeURIComponent(userId)}`);
      let body = null;
      try { body = await response.json(); } catch { /* not JSON: reported below */ }
      if (!response.ok || !body || typeof body.SdkURL !== "string") {
        const code = body && body.Code ? body.Code : `HTTP ${response.status}`;
        throw new Error(`${code}: ${body && body.Message ? body.Message : "the backend answered no SdkURL"}`);
      }
      return body.SdkURL;
    }

    function listen(tccc, name, handler) {
      tccc.on(name, handler);
      subscriptions.push([name, handler]);
    }

    function subscribe(tccc) {
      listen(tccc, tccc.events.ready, () => {
        tokenRetries = 0;
        phase.value = "ready";
        problem.value = "";
        showStatus(tccc.Agent.getStatus(), null);
        record("ready", `logged in as ${agentUserId.value}`);
      });
      listen(tccc, tccc.events.tokenExpired, ({ message }) => {
        record("tokenExpired", message);
        teardown();
        if (tokenRetries >= MAX_TOKEN_RETRIES) {
          fail(`Login refused: ${message}`);
          return;
        }
        tokenRetries += 1;
        record("demo", `fetching a fresh SdkURL (retry ${tokenRetries} of ${MAX_TOKEN_RETRIES})`);
        void start();
      });
      listen(tccc, tccc.events.statusChanged, ({ status: next, restReason: nextReason }) => {
        showStatus(next, nextReason);
        record("statusChanged", nextReason ? `${next} (${nextReason})` : next);
      });
      // Switchboard's own event: ForceMemberOffline closed the connection and the SDK will not reconnect.
      if (tccc.events.forcedOffline) {
        listen(tccc, tccc.events.forcedOffline, ({ message }) => {
          phase.value = "disconnected";
          problem.value = message;
          showStatus("offline", null);
          record("forcedOffline", message);
        });
      }
    }

    function injectSdk(sdkUrl) {
      if (window.tccc) {
        record("demo", "tccc is already initialised on this page; not injecting a second SDK");
        return;
      }
      const script = document.createElement("script");
      script.setAttribute("crossorigin", "anonymous");
      script.dataset.renderDomId = WORKSTATION_ID;
      script.dataset.demoSdk = "";
      script.addEventListener("load", () => subscribe(window.tccc));
      script.addEventListener("error", () => fail(`The SDK script could not be loaded from ${new URL(sdkUrl).origin}.`));
      script.src = sdkUrl;
      document.body.appendChild(script);
    }

    // What TCCC integrations do to start over: unsubscribe, remove the script and the SDK's root element
    // (which closes its connection), and forget window.tccc.
    function teardown() {
      const tccc = window.tccc;
      if (tccc) subscriptions.forEach(([name, handler]) => tccc.off(name, handler));
      subscriptions = [];
      document.querySelectorAll("script[data-demo-sdk]").forEach(script => script.remove());
      const root = document.querySelector("t3c-sdk[id='tcccSdkDomRoot']");
      if (root) root.remove();
      window.tccc = undefined;
    }

    async function start() {
      phase.value = "loading";
      try {
        const sdkUrl = await fetchSdkUrl(agentUserId.value);
        record("demo", "the backend answered an SdkURL");
        injectSdk(sdkUrl);
      } catch (error) {
        fail(`No SdkURL: ${error.message}`);
      }
    }

    function logIn() {
      if (!agentUserId.value || !settingsLoaded.value) return;
      teardown();
      tokenRetries = 0;
      problem.value = "";
      showStatus("offline", null);
      void start();
    }

    async function logOut() {
      const tccc = window.tccc;
      if (tccc && phase.value === "ready") {
        await tccc.Agent.offline().catch(error => record("demo", `offline refused: ${error.errorMsg}`));
      }
      teardown();
      phase.value = "signedOut";
      showStatus("offline", null);
      record("demo", "logged out");
    }

    function setStatus(next, nextReason) {
      const tccc = window.tccc;
      if (!tccc) return;
      const options = next === "rest" ? { status: next, restReason: nextReason } : { status: next };
      problem.value = "";
      tccc.Agent.setStatus(options).then(
        () => record("setStatus", `${next}${next === "rest" ? ` (${nextReason})` : ""} accepted`),
        error => {
          problem.value = error && error.errorMsg ? error.errorMsg : "The status could not be changed.";
          record("setStatus", `refused: ${problem.value}`);
        });
    }

    onMounted(async () => {
      try {
        const response = await fetch("/settings.json");
        Object.assign(settings, await response.json());
        if (!agentUserId.value && settings.agentUserId) agentUserId.value = settings.agentUserId;
        record("demo", `backend ${settings.backendUrl}`);
      } catch (error) {
        record("demo", `settings.json unreadable (${error.message}); using ${settings.backendUrl}`);
      }
      settingsLoaded.value = true;
    });

    return {
      agentUserId, settingsLoaded, phase, phaseText, problem, status, statusText, restReason, log,
      workstationId: WORKSTATION_ID, logIn, logOut, setStatus,
    };
  },
}).mount("#app");
