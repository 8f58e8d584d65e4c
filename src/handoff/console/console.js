// Browser side of the advisor console: the waiting queue, one opened conversation, and live
// updates over server-sent events. Resident text only ever goes into the page as textContent.
(function advisorConsole() {
  'use strict';

  const meta = (name) => document.querySelector('meta[name="' + name + '"]').getAttribute('content');
  const csrfToken = meta('csrf-token');
  const advisorName = meta('advisor');
  const byId = (id) => document.getElementById(id);

  const reasonLabels = {
    'asked-for-person': 'Asked for a person',
    safeguarding: 'Safeguarding concern',
    emergency: 'Emergency',
    'low-confidence': 'Bot unsure',
    'negative-sentiment': 'Resident unhappy',
    'dialog-failed': 'Bot could not finish',
  };
  const priorityLabels = { safeguarding: 'Safeguarding', emergency: 'Emergency', normal: 'Normal' };
  const speakerLabels = { resident: 'Resident', bot: 'Assistant', advisor: 'Advisor' };

  let queue = { waiting: [], active: [] };
  let openEntry = null;

  async function api(path, method, body) {
    const headers = {};
    if (method && method !== 'GET') headers['x-csrf-token'] = csrfToken;
    if (body) headers['content-type'] = 'application/json';
    const response = await fetch('/advisor/api' + path, { method: method || 'GET', headers, body: body && JSON.stringify(body) });
    if (response.status === 401) {
      location.assign('/advisor');
      throw new Error('Your session has ended. Sign in again.');
    }
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(data.message || 'The request failed (' + response.status + ')');
    return data;
  }

  function announce(text) {
    byId('announcer').textContent = text;
  }

  function showError(error) {
    byId('action-error').textContent = error ? error.message : '';
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function waitingTime(since) {
    const minutes = Math.floor((Date.now() - Date.parse(since)) / 60000);
    if (minutes < 1) return 'under a minute';
    if (minutes < 60) return minutes + ' min';
    return Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min';
  }

  function clockTime(iso) {
    return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  }

  function priorityTag(priority) {
    return element('span', priorityLabels[priority] || priority, 'tag tag-' + priority);
  }

  function openButton(item) {
    const button = element('button', item.topic, 'link-button');
    button.type = 'button';
    button.addEventListener('click', () => openConversation(item.conversationId, true));
    return button;
  }

  function row(item, cells) {
    const tr = document.createElement('tr');
    if (openEntry && openEntry.conversationId === item.conversationId) tr.className = 'is-open';
    for (const content of cells) {
      const td = document.createElement('td');
      if (typeof content === 'string') td.textContent = content;
      else td.append(content);
      tr.append(td);
    }
    return tr;
  }

  function renderQueue() {
    byId('waiting-rows').replaceChildren(
      ...queue.waiting.map((item) =>
        row(item, [priorityTag(item.priority), reasonLabels[item.reason] || item.reason, item.channel, openButton(item), waitingTime(item.waitingSince)]),
      ),
    );
    byId('waiting-empty').hidden = queue.waiting.length > 0;
    byId('active-rows').replaceChildren(...queue.active.map((item) => row(item, [item.advisor || '', item.channel, openButton(item)])));
    byId('active-empty').hidden = queue.active.length > 0;
  }

  async function refreshQueue() {
    const before = queue.waiting.length;
    queue = await api('/queue');
    renderQueue();
    if (queue.waiting.length > before) announce(queue.waiting.length + (queue.waiting.length === 1 ? ' resident' : ' residents') + ' waiting');
  }

  function transcriptItem(line) {
    const item = element('li', undefined, 'from-' + line.from);
    item.append(element('span', speakerLabels[line.from] || line.from, 'from'));
    const time = element('time', clockTime(line.at), 'at');
    time.dateTime = line.at;
    item.append(time, element('div', line.text));
    return item;
  }

  function appendLine(line) {
    const transcript = byId('transcript');
    transcript.append(transcriptItem(line));
    transcript.scrollTop = transcript.scrollHeight;
  }

  function renderDetails(details) {
    const list = byId('details');
    list.replaceChildren();
    for (const [name, value] of Object.entries(details)) {
      list.append(element('dt', name), element('dd', typeof value === 'string' ? value : JSON.stringify(value)));
    }
    byId('details-empty').hidden = list.childElementCount > 0;
  }

  function renderArticles(articles) {
    byId('articles').replaceChildren(
      ...articles.map((article) => {
        const item = document.createElement('li');
        // Only web links become links; anything else is shown as text.
        if (/^https?:\/\//i.test(article.url)) {
          const link = element('a', article.title);
          link.href = article.url;
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
          link.append(element('span', ' (opens in a new tab)', 'visually-hidden'));
          item.append(link);
        } else {
          item.textContent = article.title;
        }
        return item;
      }),
    );
  }

  function renderActions(entry) {
    const mine = entry.status === 'active' && entry.advisor === advisorName;
    byId('accept').hidden = entry.status !== 'waiting';
    byId('end').hidden = !(entry.status === 'waiting' || mine);
    byId('reply-form').hidden = !mine;
  }

  function renderConversation(entry) {
    openEntry = entry;
    byId('conversation-placeholder').hidden = true;
    byId('conversation-body').hidden = false;
    byId('conversation-heading').textContent = 'Conversation: ' + entry.topic;
    const statusText = { waiting: 'Waiting', active: 'With ' + (entry.advisor || 'an advisor'), completed: 'Ended' };
    byId('fact-status').textContent = statusText[entry.status];
    byId('fact-priority').replaceChildren(priorityTag(entry.priority));
    byId('fact-reason').textContent = reasonLabels[entry.reason] || entry.reason;
    byId('fact-channel').textContent = entry.channel;
    byId('fact-waiting').textContent = clockTime(entry.waitingSince) + ' (' + waitingTime(entry.waitingSince) + ')';
    const sentiment = entry.sentiment;
    byId('fact-sentiment').textContent = sentiment.label + ' (average ' + sentiment.average.toFixed(2) + ', ' + sentiment.trend + ')';
    byId('summary').textContent = entry.summary;
    renderDetails(entry.details);
    renderArticles(entry.suggestedArticles);
    byId('transcript').replaceChildren(...entry.transcript.map(transcriptItem));
    byId('transcript').scrollTop = byId('transcript').scrollHeight;
    renderActions(entry);
    renderQueue();
  }

  async function openConversation(conversationId, moveFocus) {
    showError(null);
    try {
      renderConversation(await api('/conversations/' + encodeURIComponent(conversationId)));
      if (moveFocus) byId('conversation').focus();
    } catch (error) {
      showError(error);
    }
  }

  async function act(action, body) {
    if (!openEntry) return;
    showError(null);
    const conversationId = openEntry.conversationId;
    await api('/conversations/' + encodeURIComponent(conversationId) + '/' + action, 'POST', body);
    // A reply shows up through the live stream; accept and end change the whole view.
    if (action !== 'reply') renderConversation(await api('/conversations/' + encodeURIComponent(conversationId)));
  }

  byId('accept').addEventListener('click', () =>
    act('accept').then(() => byId('reply-text').focus(), showError),
  );
  byId('end').addEventListener('click', () => act('end').then(() => announce('Handoff ended. The assistant has the conversation again.'), showError));
  byId('reply-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const box = byId('reply-text');
    const send = byId('send');
    send.disabled = true;
    act('reply', { text: box.value })
      .then(() => {
        box.value = '';
        announce('Reply sent');
      }, showError)
      .finally(() => {
        send.disabled = false;
        box.focus();
      });
  });
  byId('sign-out').addEventListener('click', () =>
    fetch('/advisor/logout', { method: 'POST', headers: { 'x-csrf-token': csrfToken } }).finally(() => location.assign('/advisor')),
  );

  function connect() {
    const events = new EventSource('/advisor/api/events');
    const connection = byId('connection');
    events.addEventListener('open', () => {
      connection.textContent = 'Live updates on.';
      // Catch up on anything missed while disconnected (for example a server restart).
      refreshQueue().catch(showError);
      if (openEntry) openConversation(openEntry.conversationId, false);
    });
    events.addEventListener('error', () => {
      connection.textContent =
        events.readyState === EventSource.CLOSED ? 'Live updates stopped. Reload the page.' : 'Live updates interrupted. Reconnecting…';
    });
    events.addEventListener('queue', () => refreshQueue().catch(showError));
    events.addEventListener('status', (event) => {
      const data = JSON.parse(event.data);
      refreshQueue().catch(showError);
      if (openEntry && openEntry.conversationId === data.conversationId) openConversation(data.conversationId, false);
    });
    events.addEventListener('message', (event) => {
      const data = JSON.parse(event.data);
      if (!openEntry || openEntry.conversationId !== data.conversationId) return;
      appendLine(data.line);
      if (data.line.from === 'resident') announce('Resident: ' + data.line.text);
    });
  }

  setInterval(renderQueue, 30000);
  connect();
})();
