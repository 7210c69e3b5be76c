// The workstation's only stylesheet, inside its shadow roots. `:host` rules are !important because, for
// important declarations, the shadow tree wins over the page: hostile page CSS cannot hide or resize us.
const hostReset = 'all:initial!important;box-sizing:border-box!important;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif!important;color:#1d2330!important;';

export const floatingHostCss = `:host{${hostReset}display:block!important;position:fixed!important;right:0!important;bottom:0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483000!important;visibility:visible!important;opacity:1!important}`;

export const embeddedHostCss = `:host{${hostReset}display:block!important;position:relative!important;width:100%!important;height:100%!important;min-height:480px!important;visibility:visible!important;opacity:1!important}:host([hidden]){display:none!important}`;

export const panelCss = `
*{box-sizing:border-box;margin:0;padding:0;font:inherit;color:inherit}
[hidden]{display:none!important}
.fab{position:fixed;right:24px;bottom:24px;width:56px;height:56px;border-radius:50%;border:0;background:#1f6feb;color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);display:flex;align-items:center;justify-content:center}
.fab svg{width:28px;height:28px;fill:currentColor}
.fab .dot{position:absolute;right:6px;top:6px;border:2px solid #fff}
.popup{position:fixed;right:24px;bottom:92px;width:380px;height:480px;max-height:calc(100vh - 110px);max-width:calc(100vw - 32px);background:#fff;border-radius:10px;box-shadow:0 10px 40px rgba(0,0,0,.3);overflow:hidden;display:flex}
.embedded{position:absolute;inset:0;background:#fff;border:1px solid #d5dae3;border-radius:6px;overflow:hidden;display:flex}
.panel{container:workstation/inline-size;display:flex;flex-direction:column;width:100%;height:100%;overflow:auto}
header{display:flex;align-items:center;gap:12px;padding:14px 16px;background:#f3f5f9;border-bottom:1px solid #e1e5ec}
.avatar{flex:none;width:40px;height:40px;border-radius:50%;background:#1f6feb;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:600;font-size:18px}
.who{flex:1;min-width:0}
.name{font-weight:600;font-size:16px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.uid{color:#5b6475;font-size:12px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.conn{display:flex;align-items:center;gap:6px;font-size:12px;color:#5b6475;white-space:nowrap}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;background:#9aa3b2}
.dot[data-state=connected]{background:#2da44e}.dot[data-state=connecting],.dot[data-state=reconnecting]{background:#d29922}
.dot[data-state=forcedOffline],.dot[data-state=signInFailed]{background:#cf222e}
.close{border:0;background:none;font-size:22px;line-height:1;cursor:pointer;color:#5b6475;padding:2px 6px;border-radius:4px}
.body{padding:16px;display:flex;flex-direction:column;gap:14px}
.notice{padding:10px 12px;border-radius:6px;background:#fff1f0;color:#82071e;border:1px solid #ffcecb;overflow-wrap:anywhere}
.current{font-size:15px}.current strong{font-weight:600}
.since{color:#5b6475;font-size:12px}
h2{font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:#5b6475}
.switcher{display:flex;flex-wrap:wrap;gap:8px}
.switcher button{border:1px solid #c9d0db;background:#fff;border-radius:16px;padding:6px 14px;cursor:pointer;max-width:100%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.switcher button[aria-pressed=true]{background:#1f6feb;border-color:#1f6feb;color:#fff}
.switcher button:disabled{opacity:.5;cursor:default}
.error,.chat-error{color:#cf222e;font-size:13px;overflow-wrap:anywhere}
.mic-check{display:flex;flex-direction:column;gap:8px}
.mic-row{display:flex;align-items:center;gap:10px}
.mic-toggle{flex:none;border:1px solid #c9d0db;background:#fff;border-radius:16px;padding:6px 14px;cursor:pointer}
.mic-toggle:not([data-phase=idle]){background:#1f6feb;border-color:#1f6feb;color:#fff}
.mic-toggle:disabled{opacity:.5;cursor:default}
.meter{flex:1;min-width:80px;height:10px;border-radius:5px;background:#e1e5ec;overflow:hidden}
.meter-bar{height:100%;width:0;background:#2da44e;transition:width .1s linear}
.meter[data-phase=idle] .meter-bar{background:#9aa3b2}
.mic-status{color:#5b6475;font-size:12px;overflow-wrap:anywhere}.mic-status.error{color:#cf222e}
button:focus-visible{outline:3px solid #0969da;outline-offset:2px}
@container workstation (min-width:700px){.body{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);align-items:start}}
.popup:has(.panel[data-chats]){width:760px;height:560px}
.main{display:flex;flex-direction:column;flex:1 0 auto}
.chats{padding:16px 16px 0;display:flex;flex-direction:column;gap:8px}
.chat-list{list-style:none;display:flex;flex-direction:column;gap:6px}
.chat-row{display:flex;gap:6px;align-items:stretch}
.chat-open{flex:1;min-width:0;display:flex;flex-wrap:wrap;align-items:center;gap:4px 8px;text-align:left;border:1px solid #d5dae3;background:#fff;border-radius:6px;padding:6px 10px;cursor:pointer}
.chat-open[aria-current=true]{border-color:#1f6feb;background:#eef4ff}
.chat-name{font-weight:600;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:100%}
.chat-state,.countdown{font-size:12px;color:#5b6475}
.chat-row[data-state=ringing] .chat-state{color:#9a6700;font-weight:600}
.unread{margin-left:auto;min-width:20px;padding:0 6px;border-radius:10px;background:#cf222e;color:#fff;font-size:12px;text-align:center}
.accept,.send{border:0;background:#2da44e;color:#fff;border-radius:6px;padding:6px 12px;cursor:pointer}
.complete,.conv-actions button,.transfer button,.icon{border:1px solid #c9d0db;background:#fff;border-radius:6px;padding:6px 10px;cursor:pointer}
.conv-actions .accept{background:#2da44e;border-color:#2da44e;color:#fff}
.conv-actions .end{color:#cf222e}
.conversation{display:flex;flex-direction:column;gap:8px;padding:12px 16px;border-top:1px solid #e1e5ec;min-height:320px}
.conv-head{display:flex;gap:8px;align-items:flex-start;flex-wrap:wrap}
.conv-who{flex:1;min-width:0}
.conv-title{font-size:15px;text-transform:none;letter-spacing:0;color:#1d2330;overflow-wrap:anywhere}
.conv-details,.conv-notice,.typing{font-size:12px;color:#5b6475;overflow-wrap:anywhere}
.typing:empty,.conv-notice:empty{display:none}
.conv-actions{display:flex;gap:6px;flex-wrap:wrap}
.transfer{display:flex;flex-direction:column;align-items:flex-start;gap:6px;padding:8px;border:1px solid #e1e5ec;border-radius:6px}
.transfer-status{font-size:12px;color:#5b6475;overflow-wrap:anywhere}
.transfer-row{display:flex;gap:6px;align-items:center;flex-wrap:wrap;width:100%}
.transfer-row label{min-width:80px;font-size:13px}
.transfer select,.composer textarea{border:1px solid #c9d0db;border-radius:6px;padding:6px 8px;background:#fff}
.transfer select{flex:1;min-width:160px;max-width:100%}
.log{list-style:none;flex:1;min-height:140px;overflow:auto;display:flex;flex-direction:column;gap:8px;padding:8px;background:#f6f8fa;border-radius:6px}
.msg{max-width:85%;display:flex;flex-direction:column;gap:2px;align-self:flex-start}
.msg[data-role=agent]{align-self:flex-end}
.msg[data-role=system]{align-self:center;font-size:12px;color:#5b6475}
.msg-meta{font-size:11px;color:#5b6475}
.msg-body{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #e1e5ec;border-radius:8px;padding:6px 10px}
.msg[data-role=agent] .msg-body{background:#dbeafe;border-color:#bfd4f6}
.msg[data-role=system] .msg-body{background:none;border:0;padding:0}
.msg-body img{display:block;max-width:100%;max-height:220px;border-radius:4px}
.msg-note{font-size:12px;color:#5b6475}
.file{border:0;background:none;color:#0969da;text-decoration:underline;cursor:pointer;text-align:left;overflow-wrap:anywhere}
.composer{display:flex;flex-direction:column;gap:6px}
.composer textarea{width:100%;resize:vertical;min-height:44px}
.composer-tools{display:flex;gap:6px;align-items:center}
.composer-tools .send{margin-left:auto}
.file-input{display:none}
.emoji{display:flex;flex-wrap:wrap;gap:4px}
.emoji button{border:0;background:none;font-size:20px;cursor:pointer;padding:2px 4px;border-radius:4px}
button:disabled{opacity:.5;cursor:default}
textarea:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #0969da;outline-offset:1px}
@container workstation (min-width:700px){
.panel[data-chats]{overflow:hidden}
.panel[data-chats] .main{display:grid;grid-template-columns:minmax(240px,300px) minmax(0,1fr);flex:1 1 auto;min-height:0}
.panel[data-chats] .side{overflow:auto;border-right:1px solid #e1e5ec}
.panel[data-chats] .body{display:flex}
.panel[data-chats] .conversation{border-top:0;min-height:0;overflow:auto}}
`;
