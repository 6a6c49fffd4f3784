import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/test-utils';
import { EntityLink } from './EntityLink';

describe('EntityLink', () => {
  it('names a reference from the referring resource’s names, without a request', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderWithProviders(
      <>
        <EntityLink kind="organization" id="o1" names={{ o1: 'Polisen' }} />
        <EntityLink kind="council" id="c1" names={{}} />
        <EntityLink kind="person" id={null} />
      </>,
    );
    expect(screen.getByRole('link', { name: 'Polisen' })).toHaveAttribute('href', '/organizations/o1');
    expect(screen.getByRole('link', { name: '(namn saknas)' })).toHaveAttribute('href', '/councils/c1');
    expect(screen.getByText('–')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
