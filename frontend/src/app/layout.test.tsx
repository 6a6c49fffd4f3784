import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/i18n';
import { renderWithProviders, testUser } from '@/testing/test-utils';
import { AppLayout } from './layout';

describe('app layout', () => {
  it('has a skip link, landmarks, nav and the signed-in user', () => {
    renderWithProviders(<AppLayout />, { user: testUser({ role: 'viewer', email: 'viewer@samverkan.test' }) });
    const skip = screen.getByRole('link', { name: 'Hoppa till huvudinnehåll' });
    expect(skip).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(nav).toHaveTextContent('Områden');
    expect(nav).toHaveTextContent('Organisationer');
    expect(screen.getByText('viewer@samverkan.test')).toBeInTheDocument();
    expect(screen.getByText('Läsare')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Logga ut' })).toBeInTheDocument();
  });

  it('switches to English', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toHaveTextContent('Organisations');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    await i18n.changeLanguage('sv');
  });
});
