// Imports: a file over the limit is refused before it is sent; a running import's progress bar
// follows the run (polled every second) and the page reloads with the report when it ends.
(function () {
    'use strict';

    const upload = document.querySelector('[data-testid="import-upload"]');
    if (upload) {
        const input = upload.querySelector('input[type="file"]');
        const error = upload.querySelector('[data-testid="upload-error"]');
        const max = Number(upload.dataset.maxBytes);
        const check = () => {
            const file = input.files && input.files[0];
            const tooLarge = file && file.size > max;
            input.setCustomValidity(tooLarge ? upload.dataset.tooLarge : '');
            input.classList.toggle('is-invalid', Boolean(tooLarge));
            if (tooLarge) {
                error.textContent = upload.dataset.tooLarge;
            }
            return !tooLarge;
        };
        input.addEventListener('change', check);
        upload.addEventListener('submit', (e) => {
            if (!check()) {
                e.preventDefault();
            }
        });
    }

    const progress = document.getElementById('import-progress');
    if (!progress) {
        return;
    }

    // The bar's width is set here (through the CSSOM): the page's policy allows no inline style.
    const bar = progress.querySelector('[data-field="bar"]');
    bar.style.width = `${bar.dataset.percent}%`;
    if (progress.dataset.running !== 'true') {
        return;
    }

    const set = (name, value) => {
        const el = progress.querySelector(`[data-field="${name}"]`);
        if (el) {
            el.textContent = Number(value).toLocaleString('it-IT');
        }
    };
    const poll = async () => {
        try {
            const response = await fetch(progress.dataset.progressUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
            if (response.ok) {
                const run = await response.json();
                const percent = run.total === 0 ? 100 : Math.round(100 * run.processed / run.total);
                bar.style.width = `${percent}%`;
                bar.textContent = `${percent}%`;
                bar.parentElement.setAttribute('aria-valuenow', String(percent));
                ['processed', 'created', 'merged', 'skipped', 'rejected'].forEach((k) => set(k, run[k]));
                progress.querySelector('[data-testid="import-status"]').textContent = run.label;
                if (run.finished) {
                    window.location.reload();
                    return;
                }
            }
        } catch {
            // A missed poll (network, restart) is retried.
        }
        window.setTimeout(poll, 1000);
    };
    window.setTimeout(poll, 500);
}());
