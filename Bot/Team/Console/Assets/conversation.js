// A conversation in the team console: new messages arrive live (server-sent events), the agent's replies are
// sent without leaving the page, and the page reloads when someone else takes or hands back the conversation.
'use strict';
(() => {
  const transcript = document.getElementById('transcript');
  if (!transcript) { return; }

  function addLine(line) {
    if (transcript.querySelector(`li[data-id="${line.id}"]`)) { return; }
    const item = document.createElement('li');
    item.className = `line ${line.author}`;
    item.dataset.id = String(line.id);
    const who = document.createElement('span');
    who.className = 'who';
    // The authors' names in the agent's language, as the page wrote them.
    const names = transcript.dataset;
    who.textContent = line.author === 'customer' ? names.customer : line.author === 'agent' ? (line.authorName || names.team) : names.bot;
    const time = document.createElement('time');
    time.textContent = line.time;
    const text = document.createElement('p');
    // textContent, never innerHTML: the customer's words are text.
    text.textContent = line.text;
    item.append(who, time, text);
    transcript.append(item);
    item.scrollIntoView({ block: 'end' });
  }

  // A take or hand-back form on its way already brings the new page: reloading too would lose its answer.
  let leaving = false;
  document.addEventListener('submit', e => { if (e.target.id !== 'reply') { leaving = true; } });
  const events = new EventSource(`${transcript.dataset.events}?after=${transcript.dataset.after}`);
  events.addEventListener('line', e => addLine(JSON.parse(e.data)));
  events.addEventListener('status', () => { if (!leaving) { window.location.reload(); } });
  transcript.lastElementChild?.scrollIntoView({ block: 'end' });

  const form = document.getElementById('reply');
  if (!form) { return; }
  const box = form.querySelector('textarea');
  const problem = document.getElementById('reply-problem');
  box.addEventListener('keydown', e => {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
  });
  form.addEventListener('submit', async e => {
    e.preventDefault();
    problem.textContent = '';
    const response = await fetch(form.action, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.ok) {
      box.value = '';
      box.focus();
    } else {
      problem.textContent = await response.text();
    }
  });
})();
