import { Group, Text } from '@mantine/core';

export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
        <path d="M16 2 4 6v9c0 7.2 5.1 13.4 12 15 6.9-1.6 12-7.8 12-15V6L16 2z" fill="#1c3f94" />
        <path d="M16 6.5 8 9.2v5.9c0 4.9 3.4 9.2 8 10.4 4.6-1.2 8-5.5 8-10.4V9.2l-8-2.7z" fill="#fff" />
      </svg>
      <Text fw={800} size="lg" c="#1c3f94">
        Bulwark
      </Text>
    </Group>
  );
}
