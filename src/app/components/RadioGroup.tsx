/** A labelled group of radio buttons styled as a segmented control. */
interface Props<T extends string> {
  name: string;
  label: string;
  options: readonly T[];
  value: T;
  labelOf: (o: T) => string;
  onChange: (o: T) => void;
}

export function RadioGroup<T extends string>({ name, label, options, value, labelOf, onChange }: Props<T>) {
  return (
    <div role="radiogroup" aria-label={label} className="segmented">
      {options.map((o) => (
        <label key={o} className={o === value ? 'on' : undefined}>
          <input type="radio" name={name} value={o} checked={o === value} onChange={() => onChange(o)} />
          <span>{labelOf(o)}</span>
        </label>
      ))}
    </div>
  );
}
