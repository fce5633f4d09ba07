export { default } from '@smile-curve/eslint-config';
