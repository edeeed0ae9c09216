import { Group, NativeSelect, Radio, Select, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import {
  type Delivery,
  DELIVERY_PRESETS,
  type DeliveryPreset,
  deliveryInput,
  describeDelivery,
  digestMoment,
  hourLabel,
  needsHour,
  presetOf,
  previewNextDigest,
} from './mail-delivery';
import { browserTimeZone, timeZoneOptions } from './time-zones';

/** What the fields hold: a preset (CUSTOM until one is chosen for a delivery set another way), hour and zone. */
export interface DeliveryChoice {
  readonly preset: DeliveryPreset | 'CUSTOM';
  readonly digestHour: number;
  readonly timeZone: string;
}

/**
 * The fields' start from a saved delivery. With no daily digest saved, the hour is the default and the zone the
 * browser's, so choosing a daily digest starts at the reader's own morning.
 */
export function choiceFrom(delivery: Delivery): DeliveryChoice {
  const preset = presetOf(delivery);
  const hasHour = delivery.digest === 'DAILY';
  return {
    preset,
    digestHour: delivery.digestHour,
    timeZone: hasHour ? delivery.timeZone : browserTimeZone(),
  };
}

/** The delivery the choice stands for (null while it is CUSTOM: nothing to save). */
export function choiceToDelivery(choice: DeliveryChoice) {
  return choice.preset === 'CUSTOM' ? null : deliveryInput(choice.preset, choice.digestHour, choice.timeZone);
}

const HOUR_OPTIONS = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: hourLabel(hour) }));

interface DeliveryFieldsProps {
  readonly choice: DeliveryChoice;
  readonly onChange: (choice: DeliveryChoice) => void;
  /** The saved delivery, described while the choice is CUSTOM. */
  readonly saved: Delivery;
  /** What "No e-mail" means here, when not the feed's "shown in the portal only". */
  readonly noneDescription?: string;
  readonly now?: Date;
}

/** The presets, then the digest's hour and time zone when a daily digest is chosen, and when the next would go. */
export function DeliveryFields({ choice, onChange, saved, noneDescription, now }: DeliveryFieldsProps) {
  const zones = useMemo(() => timeZoneOptions(choice.timeZone), [choice.timeZone]);
  const delivery = choiceToDelivery(choice);
  const next = delivery
    ? previewNextDigest(delivery.digest, choice.digestHour, choice.timeZone, now ?? new Date())
    : null;

  return (
    <Stack gap="sm">
      <Radio.Group
        label="When to e-mail"
        value={choice.preset === 'CUSTOM' ? '' : choice.preset}
        onChange={(value) => onChange({ ...choice, preset: value as DeliveryPreset })}
      >
        {choice.preset === 'CUSTOM' && (
          <Text size="sm" mt={4}>
            Set now (through the API): {describeDelivery(saved)}. Choose one of these to change it.
          </Text>
        )}
        <Stack gap="xs" mt="xs">
          {DELIVERY_PRESETS.map((preset) => (
            <Radio
              key={preset.value}
              value={preset.value}
              label={preset.label}
              description={preset.value === 'NONE' && noneDescription ? noneDescription : preset.description}
            />
          ))}
        </Stack>
      </Radio.Group>
      {needsHour(choice.preset) && (
        <Group gap="sm" align="flex-start" grow wrap="wrap">
          <NativeSelect
            label="Daily digest at"
            data={HOUR_OPTIONS}
            value={String(choice.digestHour)}
            onChange={(event) => onChange({ ...choice, digestHour: Number(event.currentTarget.value) })}
            miw="9rem"
          />
          <Select
            label="Time zone"
            data={zones}
            value={choice.timeZone}
            onChange={(value) => value && onChange({ ...choice, timeZone: value })}
            searchable
            allowDeselect={false}
            nothingFoundMessage="No time zone by that name"
            miw="16rem"
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
      )}
      {next && delivery && (
        <Text size="sm" data-testid="next-digest">
          Next digest: {digestMoment(next, choice.timeZone)}{' '}
          <Text span size="sm" c="dimmed">
            (only if something new has come by then)
          </Text>
        </Text>
      )}
    </Stack>
  );
}
