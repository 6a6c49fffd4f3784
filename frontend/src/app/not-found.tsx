export { NotFound } from '@/components/ui/NotFound';
