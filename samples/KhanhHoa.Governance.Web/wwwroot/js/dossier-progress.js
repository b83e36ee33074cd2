// Moves the progress bar of a dossier upload by polling its status; the page works without it (its own link).
(function () {
    var section = document.getElementById('dossier-job');
    var bar = document.getElementById('dossier-progress');
    if (!section || !bar) {
        return;
    }
    function poll() {
        fetch(section.dataset.status, { credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (status) {
                if (!status) {
                    return;
                }
                bar.value = status.progress;
                if (status.done) {
                    window.location.reload();
                } else {
                    setTimeout(poll, 500);
                }
            });
    }
    poll();
})();
