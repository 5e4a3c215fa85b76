// The mail domain of the demo accounts (admin@palangkaraya.example, …), shared by the demo seed files.
export const DEMO_DOMAIN = 'palangkaraya.example';
