// Sidebar entry point (placeholder until the sidebar issue lands).
const app = document.getElementById('app');
if (app) app.textContent = 'Kinerja ASN';
