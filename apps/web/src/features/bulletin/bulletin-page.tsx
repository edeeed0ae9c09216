import { Title } from '@mantine/core';

export function BulletinPage() {
  return <Title order={1}>BulletinPage</Title>;
}
