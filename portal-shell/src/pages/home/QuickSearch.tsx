import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  amountProblem,
  marketSearchHref,
  METHOD_CHOICES,
  TERM_CHOICES,
  type QuickSearch as Choices,
} from './quick-search';

/** 我要融资: 融资金额, 融资期限, 担保方式 → 金融超市 with those filters. */
export function QuickSearch() {
  const navigate = useNavigate();
  const [value, setValue] = useState<Choices>({ amountWan: '', termMonths: '', method: '' });
  const [touched, setTouched] = useState(false);
  const problem = amountProblem(value.amountWan);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (problem) return;
    navigate(marketSearchHref(value));
  };

  return (
    <form className="quick-search" onSubmit={submit} noValidate aria-labelledby="quick-search-title">
      <h2 id="quick-search-title" className="quick-search-title">
        我要融资
      </h2>
      <div className="qs-field">
        <label htmlFor="qs-amount">融资金额</label>
        <div className={touched && problem ? 'qs-input qs-invalid' : 'qs-input'}>
          <input
            id="qs-amount"
            inputMode="decimal"
            placeholder="请输入融资金额"
            value={value.amountWan}
            aria-invalid={Boolean(touched && problem)}
            aria-describedby={touched && problem ? 'qs-amount-error' : undefined}
            onChange={(e) => setValue({ ...value, amountWan: e.target.value })}
            onBlur={() => setTouched(true)}
          />
          <span className="qs-unit">万元</span>
        </div>
        {touched && problem && (
          <div id="qs-amount-error" className="qs-error" role="alert">
            {problem}
          </div>
        )}
      </div>
      <div className="qs-field">
        <label htmlFor="qs-term">融资期限</label>
        <select
          id="qs-term"
          value={value.termMonths}
          onChange={(e) => setValue({ ...value, termMonths: e.target.value })}
        >
          <option value="">不限</option>
          {TERM_CHOICES.map((t) => (
            <option key={t} value={t}>
              {t}个月
            </option>
          ))}
        </select>
      </div>
      <div className="qs-field">
        <label htmlFor="qs-method">担保方式</label>
        <select
          id="qs-method"
          value={value.method}
          onChange={(e) => setValue({ ...value, method: e.target.value })}
        >
          <option value="">不限</option>
          {METHOD_CHOICES.map(([m, label]) => (
            <option key={m} value={m}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn-lg btn-block qs-submit">
        立即查询
      </button>
    </form>
  );
}
