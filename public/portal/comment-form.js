import { postJson } from './api.js';
import { h } from './dom.js';

const field = (id, label, control) => h('div', { class: 'field' }, h('label', { for: id }, label), control);

/**
 * 提交意见 on an item in consultation: plain text, name and contact optional and never shown. The answer
 * (receipt number, or every reason the server refused it) is announced in the status line.
 */
export const commentForm = (item) => {
  const status = h('p', { class: 'comment-form__status', role: 'status', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'comment-form', 'aria-labelledby': 'comment-form-heading' },
    h('h2', { id: 'comment-form-heading' }, '提交意见'),
    field(
      'comment-content',
      '意见内容（5–5000 字，纯文本）',
      h('textarea', { id: 'comment-content', name: 'content', rows: 6, maxlength: 5000, required: true }),
    ),
    field(
      'comment-name',
      '姓名（选填，不公开）',
      h('input', { id: 'comment-name', name: 'commenterName', maxlength: 50 }),
    ),
    field(
      'comment-phone',
      '联系电话（选填，不公开）',
      h('input', { id: 'comment-phone', name: 'contactPhone', type: 'tel', maxlength: 50 }),
    ),
    field(
      'comment-email',
      '电子邮箱（选填，不公开）',
      h('input', { id: 'comment-email', name: 'contactEmail', type: 'email' }),
    ),
    h('div', { class: 'filters__actions' }, h('button', { type: 'submit' }, '提交意见')),
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = { decisionItem: item.documentId };
    for (const [name, value] of new FormData(form)) if (String(value).trim()) data[name] = String(value);
    const button = form.querySelector('button');
    button.disabled = true;
    status.className = 'comment-form__status';
    try {
      const { data: receipt } = await postJson('/api/decision-comments', data);
      form.reset();
      status.textContent = `意见已提交，回执编号 ${receipt.receiptNumber}。意见经审核后公开，姓名和联系方式不会公开。`;
    } catch (error) {
      status.classList.add('notice--error');
      status.textContent = error.message;
    } finally {
      button.disabled = false;
    }
  });
  return form;
};
