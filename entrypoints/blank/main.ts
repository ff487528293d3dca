// The bench's baseline page: as little as an extension page can do and still run a module.
const p = document.createElement('p');
p.id = 'ready';
p.textContent = 'Ready';
document.getElementById('app')?.append(p);
