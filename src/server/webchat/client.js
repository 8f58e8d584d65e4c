// Browser side of the resident chat page: opens a local Direct Line session (kept for the
// tab's lifetime so a reload continues the same conversation) and renders the official Web Chat.
(async function startChat() {
  const config = JSON.parse(document.getElementById('chat-config').textContent);
  const sessionKey = 'council-assistant.directline';
  const directLineBase = location.origin + '/v3/directline';

  async function post(path, token) {
    const response = await fetch(directLineBase + path, {
      method: 'POST',
      headers: token ? { Authorization: 'Bearer ' + token } : {},
    });
    if (!response.ok) throw new Error('Direct Line ' + path + ' answered ' + response.status);
    return response.json();
  }

  async function session() {
    const saved = JSON.parse(sessionStorage.getItem(sessionKey) || 'null');
    let current;
    try {
      current = saved ? await post('/tokens/refresh', saved.token) : await post('/tokens/generate');
    } catch {
      current = await post('/tokens/generate');
    }
    sessionStorage.setItem(sessionKey, JSON.stringify(current));
    return current;
  }

  const status = document.getElementById('chat-status');
  try {
    const { token } = await session();
    const directLine = window.WebChat.createDirectLine({ token, domain: directLineBase, webSocket: false, pollingInterval: 500 });
    window.WebChat.renderWebChat(
      {
        directLine,
        locale: 'en-GB',
        styleOptions: {
          accent: config.primaryColour,
          bubbleFromUserBackground: config.primaryColour,
          bubbleFromUserTextColor: config.primaryTextColour,
          suggestedActionLayout: 'flow',
          botAvatarInitials: config.botInitials,
          userAvatarInitials: 'You',
          hideUploadButton: true,
          primaryFont: 'Arial, Helvetica, sans-serif',
        },
      },
      document.getElementById('webchat'),
    );
    status.textContent = '';
    document.querySelector('#webchat input, #webchat textarea')?.focus();
  } catch (error) {
    status.textContent = 'Sorry, the chat could not start. Please refresh the page, or phone us on ' + config.phone + '.';
    console.error(error);
  }
})();
