// Browser side of the resident chat page: opens a local Direct Line session (kept for the
// tab's lifetime so a reload continues the same conversation) and renders the official Web Chat,
// with what the page adds: who is speaking (the bot by its name, an advisor by theirs), emergencies
// that stand out and are announced at once, a reference panel with a copy button, phone numbers
// as links, and en-GB times.
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

  // Web Chat keeps its React (16.8) inside its bundle, and its middleware takes React elements. In
  // React 16–18 an element is a plain object of this shape, so the page builds its few elements itself.
  const reactElement = Symbol.for('react.element');
  function h(type, props, ...children) {
    const kids = children.flat().filter((child) => child !== null && child !== undefined && child !== false);
    const all = { ...props };
    if (kids.length > 0) all.children = kids.length === 1 ? kids[0] : kids;
    return { $$typeof: reactElement, type, key: null, ref: null, props: all, _owner: null };
  }

  const isAdvisor = (activity) => activity.channelData?.sender === 'advisor';
  /** Safety advice the bot marked urgent ('emergency' or 'safeguarding'), and the words heading it. */
  const urgencyOf = (activity) => activity.channelData?.urgent;
  const urgentLabels = { emergency: 'Emergency: act now', safeguarding: 'Your safety comes first' };
  // An advisor without a display name on their account is sent as "An advisor", which says it all.
  const advisorLabel = (name) => (!name || name === 'An advisor' ? 'An advisor' : name + ', an advisor');
  const speakerOf = (activity) => (isAdvisor(activity) ? advisorLabel(activity.from.name) : config.botName);
  const initialsOf = (name) =>
    name
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => word[0].toUpperCase())
      .join('')
      .slice(0, 2);

  // The profile's numbers, longest first so "0800 111 999" wins over "999" and "111".
  const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const numbers = [...config.phoneNumbers].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const phonePattern = new RegExp('(?<![\\w/.-])(' + numbers + ')(?![\\w/-]|\\.\\d)', 'g');
  // Links and URLs already in a message are left as they are.
  const linkOrUrl = /(\[[^\]]*\]\([^)]*\)|<[^>]*>|https?:\/\/\S+)/;

  /** Markdown with each phone number the council publishes turned into a tel: link. */
  function linkPhoneNumbers(markdown) {
    return markdown
      .split(linkOrUrl)
      .map((part, index) => (index % 2 === 1 ? part : part.replace(phonePattern, (number) => '[' + number + '](tel:' + number.replace(/\s/g, '') + ')')))
      .join('');
  }

  /** What a screen reader hears: markdown as plain sentences, then each choice as a sentence of its own. */
  function spoken(activity) {
    const text = (activity.text || '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`#>]/g, '')
      .replace(/\s*\n+\s*/g, ' ')
      .trim();
    const choices = (activity.suggestedActions?.actions || []).map((action) => action.title || action.value).filter(Boolean);
    const listed = choices.length > 0 ? ' Choices, ' + choices.length + ': ' + choices.map((choice, index) => index + 1 + ', ' + choice + '.').join(' ') : '';
    return speakerOf(activity) + ' said: ' + text + listed;
  }

  const urgent = document.getElementById('urgent');
  const aboutChat = document.getElementById('about-chat');
  let residentHasWritten = false;

  /** A reply as the page shows it. Urgent advice that answers this visit's message is announced at once, not queued. */
  function forResident(activity) {
    if (activity.type !== 'message' || activity.from?.role === 'user') return activity;
    const urgency = urgencyOf(activity);
    const announceNow = urgency !== undefined && residentHasWritten;
    if (announceNow) urgent.textContent = urgentLabels[urgency] + '. ' + spoken(activity);
    return {
      ...activity,
      text: activity.text && linkPhoneNumbers(activity.text),
      // Web Chat reads this in its polite live region; an empty string leaves the alert above to say it once.
      channelData: { ...activity.channelData, 'webchat:fallback-text': announceNow ? '' : spoken(activity) },
    };
  }

  const store = window.WebChat.createStore({}, () => (next) => (action) => {
    if (action.type === 'DIRECT_LINE/POST_ACTIVITY') {
      residentHasWritten = true;
      // The notice has been read; it stays one click away.
      aboutChat.open = false;
    }
    if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
      return next({ ...action, payload: { ...action.payload, activity: forResident(action.payload.activity) } });
    }
    return next(action);
  });

  const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true });
  const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
  /** GOV.UK style: 2:05pm today, Thursday 5 November 2:05pm on another day. */
  function sentAt(timestamp) {
    const date = new Date(timestamp);
    const time = timeFormat.format(date).replace(/\s/g, '').toLowerCase();
    return date.toDateString() === new Date().toDateString() ? time : dayFormat.format(date) + ' ' + time;
  }

  function referencePanel(reference) {
    const copy = (event) => {
      const status = event.currentTarget.nextSibling;
      navigator.clipboard.writeText(reference).then(
        () => (status.textContent = 'Reference copied'),
        () => (status.textContent = 'Could not copy: select the reference and copy it'),
      );
    };
    return h(
      'div',
      { className: 'case-reference' },
      h('p', null, 'Your reference'),
      h('p', { className: 'case-reference__value' }, reference),
      h('button', { type: 'button', onClick: copy }, 'Copy reference'),
      h('span', { className: 'case-reference__status', role: 'status' }),
    );
  }

  const status = document.getElementById('chat-status');

  /**
   * While the assistant reads its knowledge at start, say so and wait, rather than open a chat
   * that answers no one. The wording changes only each tenth, so a screen reader is not flooded.
   */
  async function whenReady() {
    let shown = '';
    for (;;) {
      const response = await fetch('/readyz', { cache: 'no-store' }).catch(() => undefined);
      if (response?.ok) return;
      const body = response ? await response.json().catch(() => ({})) : {};
      const tenths = typeof body.progress === 'number' ? Math.floor(body.progress * 10) * 10 : undefined;
      const text = 'The assistant is getting ready' + (tenths === undefined ? '' : ' (' + tenths + '% done)') + '. The chat will open by itself.';
      if (text !== shown) status.textContent = shown = text;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  try {
    await whenReady();
    status.textContent = 'Starting the chat…';
    const { token } = await session();
    const directLine = window.WebChat.createDirectLine({ token, domain: directLineBase, webSocket: false, pollingInterval: 500 });
    const short = window.matchMedia('(max-height: 32em)').matches;
    window.WebChat.renderWebChat(
      {
        directLine,
        store,
        locale: 'en-GB',
        // Each reply carries its speaker in its own text (above), not Web Chat's "Bot <initials> said".
        overrideLocalizedStrings: { ACTIVITY_BOT_SAID_ALT: ' ' },
        styleOptions: {
          accent: config.primaryColour,
          bubbleFromUserBackground: config.primaryColour,
          bubbleFromUserTextColor: config.primaryTextColour,
          // One row of choices on a short screen leaves room for the conversation.
          suggestedActionLayout: short ? 'carousel' : 'flow',
          bubbleMinWidth: 0,
          botAvatarInitials: config.botInitials,
          userAvatarInitials: 'You',
          hideUploadButton: true,
          primaryFont: 'Arial, Helvetica, sans-serif',
        },
        avatarMiddleware: () => (next) => (args) => {
          if (args.fromUser) return next(args);
          const advisor = isAdvisor(args.activity);
          const initials = advisor ? initialsOf(args.activity.from.name || 'Advisor') : config.botInitials;
          return () => h('div', { className: advisor ? 'chat-avatar chat-avatar--advisor' : 'chat-avatar', 'aria-hidden': 'true' }, initials);
        },
        activityMiddleware: () => (next) => (...setup) => {
          const render = next(...setup);
          const [{ activity }] = setup;
          if (!render || activity.type !== 'message' || activity.from?.role === 'user') return render;
          const advisor = isAdvisor(activity);
          const urgency = urgencyOf(activity);
          const reference = activity.channelData?.caseReference;
          if (!advisor && !urgency && !reference) return render;
          const className = [advisor && 'advisor-message', urgency && 'urgent-message'].filter(Boolean).join(' ');
          return (...args) =>
            h(
              'div',
              { className },
              advisor && h('p', { className: 'message-label' }, speakerOf(activity)),
              urgency && h('p', { className: 'message-label' }, urgentLabels[urgency]),
              render(...args),
              reference && referencePanel(reference),
            );
        },
        activityStatusMiddleware: () => (next) => (args) => {
          const { activity, hideTimestamp, sendState } = args;
          if (hideTimestamp || sendState !== 'sent' || !activity.timestamp) return next(args);
          return h('span', { className: 'webchat__activity-status' }, h('time', { dateTime: activity.timestamp }, sentAt(activity.timestamp)));
        },
      },
      document.getElementById('webchat'),
    );
    status.textContent = '';
    document.querySelector('#webchat input, #webchat textarea')?.focus();
  } catch (error) {
    // 999 first: a resident whose shared address had used up its new chats, out of hours, was left only a closed line (outside re-check 29b, R29B-N4).
    status.textContent = 'Sorry, the chat could not start. In an emergency, call ' + config.emergency + ' now. Otherwise refresh the page, or phone us on ' + config.phone + '.';
    console.error(error);
  }
})();
