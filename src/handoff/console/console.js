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
  const channelLabels = { webchat: 'Web chat', directline: 'Web chat', msteams: 'Teams', whatsapp: 'WhatsApp', emulator: 'Emulator', test: 'Test' };
  const trendLabels = { improving: 'getting better', steady: 'steady', worsening: 'getting worse' };
  /** Priorities that must not wait unnoticed: they sound a tone and raise a banner and a desktop alert. */
  const urgentPriorities = ['safeguarding', 'emergency'];

  let queue = { waiting: [], active: [] };
  let openEntry = null;
  /** Urgent items already alerted, by conversation and arrival, so each sounds once. */
  const alerted = new Set();
  let urgentConversationId = null;

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

  const channelLabel = (channel) => channelLabels[channel] || channel;
  const reasonLabel = (reason) => reasonLabels[reason] || reason;

  function openButton(item) {
    const button = element('button', item.topic, 'link-button');
    button.type = 'button';
    button.addEventListener('click', () => openConversation(item.conversationId, true));
    return button;
  }

  /** Topic (opens the conversation), the first words the resident last wrote, then reason and channel. */
  function residentCell(item, withReason) {
    const cell = document.createDocumentFragment();
    cell.append(openButton(item));
    if (item.openingWords) cell.append(element('q', item.openingWords, 'opening-words'));
    const about = [withReason ? reasonLabel(item.reason) : '', channelLabel(item.channel)].filter(Boolean).join(' · ');
    cell.append(element('span', about, 'row-meta'));
    return cell;
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
      ...queue.waiting.map((item) => row(item, [priorityTag(item.priority), residentCell(item, true), waitingTime(item.waitingSince)])),
    );
    byId('waiting-empty').hidden = queue.waiting.length > 0;
    // The queue lists its first 200 and its 20 newest; the rest are counted, so nobody takes the list for all of it.
    const more = byId('waiting-more');
    more.hidden = !(queue.waitingCount > queue.waiting.length);
    more.textContent = more.hidden ? '' : 'Showing ' + queue.waiting.length + ' of ' + queue.waitingCount + ' waiting: the most urgent and longest waiting first, then the newest.';
    byId('active-rows').replaceChildren(...queue.active.map((item) => row(item, [item.advisor || '', residentCell(item, false)])));
    byId('active-empty').hidden = queue.active.length > 0;
  }

  // Browsers start audio only after the person has used the page, so the first click or key unlocks it.
  let audio = null;
  function unlockAudio() {
    const AudioContextClass = window.AudioContext || window.webkitAudioContext;
    if (!AudioContextClass) return;
    if (!audio) audio = new AudioContextClass();
    if (audio.state === 'suspended') audio.resume().catch(() => {});
  }

  /** Two short beeps, loud enough to be heard across a desk, not long enough to startle. */
  function playTone() {
    unlockAudio();
    if (!audio) return;
    const start = audio.currentTime;
    for (const offset of [0, 0.3]) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.2);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.22);
    }
  }

  /** A desktop notification names the priority and topic only: the resident's words stay on this page. */
  function notifyDesktop(text, item) {
    if (!('Notification' in window) || Notification.permission !== 'granted') return;
    const notification = new Notification(text, { tag: 'handoff-' + item.conversationId, requireInteraction: true });
    notification.addEventListener('click', () => {
      window.focus();
      openConversation(item.conversationId, true);
      notification.close();
    });
  }

  function raiseAlarm(item) {
    const text = priorityLabels[item.priority] + ': ' + item.topic + ' (' + reasonLabel(item.reason) + ', ' + channelLabel(item.channel) + ') is waiting.';
    urgentConversationId = item.conversationId;
    byId('urgent-text').textContent = text;
    byId('urgent-banner').hidden = false;
    byId('alarm').textContent = text;
    playTone();
    notifyDesktop(text, item);
  }

  /** The banner stays until its conversation is opened or no longer waits. */
  function settleAlarm() {
    const stillWaiting = queue.waiting.some((item) => item.conversationId === urgentConversationId);
    const opened = openEntry && openEntry.conversationId === urgentConversationId;
    if (urgentConversationId && (!stillWaiting || opened)) {
      urgentConversationId = null;
      byId('urgent-banner').hidden = true;
      byId('alarm').textContent = '';
    }
  }

  async function refreshQueue() {
    const before = queue.waiting.length;
    queue = await api('/queue');
    renderQueue();
    const waiting = queue.waitingCount ?? queue.waiting.length;
    if (queue.waiting.length > before) announce(waiting + (waiting === 1 ? ' resident' : ' residents') + ' waiting');
    const fresh = queue.waiting.filter((item) => urgentPriorities.includes(item.priority) && !alerted.has(item.conversationId + ' ' + item.waitingSince));
    for (const item of fresh) alerted.add(item.conversationId + ' ' + item.waitingSince);
    if (fresh.length > 0) raiseAlarm(fresh[0]);
    settleAlarm();
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

  /** Labelled lines from the server (`detailLines`), never raw JSON. */
  function renderDetails(lines) {
    const list = byId('details');
    list.replaceChildren(...lines.flatMap((line) => [element('dt', line.label), element('dd', line.value)]));
    byId('details-empty').hidden = lines.length > 0;
  }

  /** The summary's opening sentence as a paragraph, its "- detail" lines as a list. */
  function renderSummary(summary) {
    const lines = summary.split('\n').map((line) => line.trim()).filter(Boolean);
    const points = lines.filter((line) => line.startsWith('- ')).map((line) => element('li', line.slice(2)));
    const sentences = lines.filter((line) => !line.startsWith('- ')).map((line) => element('p', line));
    const list = document.createElement('ul');
    list.append(...points);
    byId('summary').replaceChildren(...sentences, ...(points.length > 0 ? [list] : []));
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

  /** A waiting item offers only Accept; ending is for the advisor holding it, apart from the reply box. */
  function renderActions(entry) {
    const mine = entry.status === 'active' && entry.advisor === advisorName;
    byId('accept-actions').hidden = entry.status !== 'waiting';
    byId('end-actions').hidden = !mine;
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
    byId('fact-reason').textContent = reasonLabel(entry.reason);
    byId('fact-channel').textContent = channelLabel(entry.channel);
    byId('fact-waiting').textContent = clockTime(entry.waitingSince) + ' (' + waitingTime(entry.waitingSince) + ')';
    const sentiment = entry.sentiment;
    const mood = sentiment.label.charAt(0).toUpperCase() + sentiment.label.slice(1);
    byId('fact-sentiment').textContent = mood + ', ' + (trendLabels[sentiment.trend] || sentiment.trend) + ' (score ' + sentiment.average.toFixed(2).replace('-', '−') + ' on a scale from −1 to 1)';
    renderSummary(entry.summary);
    renderDetails(entry.detailLines || []);
    renderArticles(entry.suggestedArticles);
    byId('transcript').replaceChildren(...entry.transcript.map(transcriptItem));
    byId('transcript').scrollTop = byId('transcript').scrollHeight;
    renderActions(entry);
    renderQueue();
    settleAlarm();
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
  const endDialog = byId('end-dialog');
  byId('end').addEventListener('click', () => endDialog.showModal());
  byId('end-cancel').addEventListener('click', () => endDialog.close());
  byId('end-confirm').addEventListener('click', () => {
    endDialog.close();
    act('end').then(() => announce('Handoff ended. The assistant has the conversation again.'), showError);
  });
  // Ctrl+Enter (Cmd+Enter on a Mac) sends; Enter alone keeps making new lines.
  byId('reply-text').addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    if (!byId('send').disabled) byId('reply-form').requestSubmit();
  });
  byId('urgent-open').addEventListener('click', () => {
    if (urgentConversationId) openConversation(urgentConversationId, true);
  });
  const alertsButton = byId('enable-alerts');
  alertsButton.hidden = !('Notification' in window) || Notification.permission !== 'default';
  alertsButton.addEventListener('click', () => {
    unlockAudio();
    Notification.requestPermission().finally(() => {
      alertsButton.hidden = Notification.permission !== 'default';
    });
  });
  document.addEventListener('pointerdown', unlockAudio, { once: true });
  document.addEventListener('keydown', unlockAudio, { once: true });
  /** The reply being sent, with its key, until the server has it. */
  let pendingReply = null;
  byId('reply-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const box = byId('reply-text');
    const send = byId('send');
    send.disabled = true;
    // One key per reply, kept while the same text is sent again after an error: the server delivers it once.
    if (!pendingReply || pendingReply.text !== box.value) pendingReply = { text: box.value, key: crypto.randomUUID() };
    act('reply', pendingReply)
      .then(() => {
        pendingReply = null;
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

  /** Wait before connecting again after the stream is refused: 1 s, doubling to 30 s. */
  let reconnectDelay = 1000;

  /**
   * A stream the server refused (503 while the database is away) is closed for good by the browser:
   * the console tries again on its own, so an outage never leaves it blind to a new safeguarding item
   * (PostgreSQL trial 20, PG20-01: "Live updates stopped. Reload the page." until someone did). A
   * session that has ended gets the sign-in page's answer instead of a retry.
   */
  function reconnectLater(connection) {
    connection.textContent = 'Live updates interrupted. Reconnecting…';
    setTimeout(() => {
      fetch('/advisor/api/queue', { headers: { accept: 'application/json' } })
        .then((response) => {
          if (response.status === 401 || response.status === 403) connection.textContent = 'Signed out. Reload the page to sign in again.';
          else connect();
        })
        .catch(() => reconnectLater(connection));
    }, reconnectDelay);
    reconnectDelay = Math.min(reconnectDelay * 2, 30000);
  }

  function connect() {
    const events = new EventSource('/advisor/api/events');
    const connection = byId('connection');
    events.addEventListener('open', () => {
      reconnectDelay = 1000;
      connection.textContent = 'Live updates on.';
      // Catch up on anything missed while disconnected (for example a server restart).
      refreshQueue().catch(showError);
      if (openEntry) openConversation(openEntry.conversationId, false);
    });
    events.addEventListener('error', () => {
      if (events.readyState === EventSource.CLOSED) reconnectLater(connection);
      else connection.textContent = 'Live updates interrupted. Reconnecting…';
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

  // The waiting times move on; and the queue is fetched again, in case an event was lost while the stream was down.
  setInterval(() => refreshQueue().catch(renderQueue), 30000);
  connect();
})();
