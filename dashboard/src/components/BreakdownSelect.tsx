import { Select } from 'antd';
import { useCatalogue } from '../catalogue';
import { labelIn, useDimensions, withPart, type BreakdownPart } from '../dimensions';
import { useI18n } from '../i18n';
import { Field } from '../pages/common';

interface Props {
  /** The dimensions to offer, in the registry's order. */
  dimensionIds: readonly string[];
  /** The cities whose districts are offered. */
  cityIds: readonly string[];
  value: readonly BreakdownPart[];
  onChange: (parts: BreakdownPart[]) => void;
}

/** One selector per dimension, the total first; districts grouped by city when there are several. */
export function BreakdownSelect({ dimensionIds, cityIds, value, onChange }: Props) {
  const { t, lang, name } = useI18n();
  const { dimensions } = useDimensions();
  const { cities } = useCatalogue();
  return (
    <>
      {dimensions
        .filter((dimension) => dimensionIds.includes(dimension.id))
        .map((dimension) => {
          const codes = dimension.codes.filter((code) => code.cityId == null || cityIds.includes(code.cityId));
          const option = (code: (typeof codes)[number]) => ({ value: code.code, label: labelIn(lang, code) });
          const grouped = dimension.id === 'DISTRICT' && cityIds.length > 1;
          const label = labelIn(lang, dimension);
          return (
            <Field key={dimension.id} label={label} width={dimension.id === 'DISTRICT' ? 200 : 140}>
              <Select
                aria-label={label}
                showSearch={{ optionFilterProp: 'label' }}
                value={value.find((part) => part.dimension === dimension.id)?.code ?? dimension.totalCode}
                onChange={(code: string) => onChange(withPart(value, dimension.id, code))}
                options={[
                  { value: dimension.totalCode, label: t('total') },
                  ...(grouped
                    ? cities.filter((city) => cityIds.includes(city.id)).map((city) => ({ label: name(city), title: name(city), options: codes.filter((code) => code.cityId === city.id).map(option) }))
                    : codes.map(option)),
                ]}
                data-testid={`breakdown-${dimension.id}`}
                style={{ width: '100%' }}
              />
            </Field>
          );
        })}
    </>
  );
}

/** The breakdown in words, e.g. "Female · Nanshan District"; "Total" when there is none. */
export function useBreakdownLabel(parts: readonly BreakdownPart[]): string {
  const { t, lang } = useI18n();
  const { dimensions } = useDimensions();
  if (parts.length === 0) return t('total');
  return parts
    .map((part) => {
      const code = dimensions.find((dimension) => dimension.id === part.dimension)?.codes.find((entry) => entry.code === part.code);
      return code ? labelIn(lang, code) : `${part.dimension} ${part.code}`;
    })
    .join(' · ');
}
