/** The widget's styles, inside its shadow root: the host page's CSS does not reach in, and these do not leak out. */
export const widgetStyles = `
:host { all: initial !important; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; width: 56px; height: 56px; border-radius: 50%;
  border: none; background: #1f6feb; color: #fff; font-size: 26px; cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.panel { position: fixed; right: 20px; bottom: 88px; z-index: 2147483000; width: 360px; max-width: calc(100vw - 40px);
  height: 520px; max-height: calc(100vh - 120px); display: flex; flex-direction: column; background: #fff; color: #1d2330;
  border-radius: 12px; box-shadow: 0 8px 30px rgba(0,0,0,.25); overflow: hidden; font-size: 14px; }
.panel[hidden] { display: none; }
.panel.full { position: fixed; inset: 0; right: 0; bottom: 0; width: 100%; max-width: none; height: 100%; max-height: none; border-radius: 0; }
.header { background: #1f6feb; color: #fff; padding: 12px 14px; display: flex; align-items: center; gap: 8px; }
.title { font-weight: 600; flex: 1; }
.close { background: transparent; border: none; color: #fff; font-size: 18px; cursor: pointer; }
.status { padding: 8px 14px; background: #f3f6fb; border-bottom: 1px solid #e3e8f0; font-size: 13px; }
.offline { padding: 4px 14px; background: #fff4e5; color: #8a5300; font-size: 12px; }
.offline[hidden] { display: none; }
.history { border-bottom: 1px solid #e3e8f0; font-size: 13px; }
.history summary { padding: 6px 14px; cursor: pointer; }
.history ul { list-style: none; margin: 0; padding: 0 14px 8px; max-height: 160px; overflow: auto; }
.history li button { background: none; border: none; color: #1f6feb; cursor: pointer; padding: 2px 0; text-align: left; }
.messages { flex: 1; overflow-y: auto; padding: 12px 14px; display: flex; flex-direction: column; gap: 8px; }
.message { max-width: 80%; padding: 8px 10px; border-radius: 10px; white-space: pre-wrap; word-wrap: break-word; overflow-wrap: anywhere; }
.message.visitor { align-self: flex-end; background: #1f6feb; color: #fff; }
.message.agent { align-self: flex-start; background: #eef1f6; }
.message.pending { opacity: .6; }
.message.failed { outline: 1px solid #d1242f; }
.message img { display: block; max-width: 100%; max-height: 240px; border-radius: 6px; }
.message a { color: inherit; text-decoration: underline; cursor: pointer; }
.notice { align-self: center; color: #5b6474; font-size: 12px; text-align: center; }
.typing { padding: 0 14px 4px; color: #5b6474; font-size: 12px; min-height: 18px; }
.upload { padding: 4px 14px; font-size: 12px; color: #5b6474; }
.upload[hidden] { display: none; }
.upload progress { width: 100%; }
.error { padding: 4px 14px; color: #d1242f; font-size: 12px; }
.error[hidden] { display: none; }
.composer { display: flex; gap: 6px; padding: 8px; border-top: 1px solid #e3e8f0; align-items: flex-end; }
.composer textarea { flex: 1; resize: none; height: 40px; max-height: 120px; padding: 8px; border: 1px solid #cfd6e2; border-radius: 8px; font-size: 14px; }
.composer button { border: none; background: #eef1f6; border-radius: 8px; height: 40px; min-width: 40px; cursor: pointer; font-size: 18px; }
.composer button.send { background: #1f6feb; color: #fff; font-size: 14px; padding: 0 12px; }
.composer button:disabled { opacity: .5; cursor: default; }
.emoji { display: grid; grid-template-columns: repeat(8, 1fr); gap: 2px; padding: 6px 8px; border-top: 1px solid #e3e8f0; }
.emoji[hidden] { display: none; }
.emoji button { border: none; background: none; font-size: 20px; cursor: pointer; padding: 2px; }
.ended { padding: 10px 14px; border-top: 1px solid #e3e8f0; text-align: center; }
.ended[hidden] { display: none; }
.ended button { border: none; background: #1f6feb; color: #fff; border-radius: 8px; padding: 8px 14px; cursor: pointer; }
.rating { display: flex; flex-wrap: wrap; justify-content: center; gap: 6px; margin: 8px 0; font-size: 13px; }
.rating[hidden] { display: none; }
.rating > div { width: 100%; }
.ended .rating button.choice { background: #eef1f6; color: #1d2330; padding: 6px 10px; font-size: 13px; }
.ended .rating button.choice:disabled { opacity: .5; cursor: default; }
input[type=file] { display: none; }
`;
