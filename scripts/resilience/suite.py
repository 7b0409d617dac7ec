#!/usr/bin/env python3
"""Resilience suite of Fachkraft im Fokus (issue 15), started by scripts/resilience.sh.

Two real platform nodes from the built jar (profiles prod,postgres) on one PostgreSQL database that
the suite creates and drops, a real SMTP sink (GreenMail standalone), and TCP proxies the suite
controls between the nodes and the database and between the nodes and the SMTP sink (to cut them
without touching the shared PostgreSQL server). Work is driven through REST as the demo users.
Everything listens on 127.0.0.1 only. Each scenario prints its figures and fails when one is off.
"""
import base64, concurrent.futures as cf, datetime, http.client, imaplib, json, os, random, secrets
import signal, socket, subprocess, sys, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORK = os.path.join(ROOT, 'target', 'resilience')
JAR = os.environ['RESILIENCE_JAR']
GREENMAIL_JAR = os.environ['RESILIENCE_GREENMAIL_JAR']
PG_USER = os.environ.get('TEST_PG_USER', 'postgres')
PG_PASSWORD = os.environ.get('TEST_PG_PASSWORD', '')
PG_PORT = int(os.environ.get('TEST_PG_PORT', '5432'))
DB = 'fkif_resilience_%d' % os.getpid()
DEMO_PASSWORD = 'Probe-%s-Lauf-7' % secrets.token_hex(4)
ADMIN_PASSWORD = 'Wache-%s-Lauf!9' % secrets.token_hex(4)
LOCK_MS = 60000          # job lock time of the suite's nodes (production: 5 min)
RETRY_CYCLE = 'R3/PT3S'  # retry cycle of the suite's nodes (models: R3/PT5M)
T0 = time.time()
FAILURES = []
FIGURES = []


def log(msg):
    print('[%5.1fs] %s' % (time.time() - T0, msg), flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


# ------------------------------------------------------------------ infrastructure

class Proxy:
    """A TCP proxy on 127.0.0.1 that can be cut (existing connections closed, new ones refused)."""

    def __init__(self, name, target_port):
        self.name, self.target, self.port = name, target_port, free_port()
        self.lock, self.conns, self.server = threading.Lock(), set(), None
        self.restore()

    def restore(self):
        srv = socket.socket()
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        srv.bind(('127.0.0.1', self.port))
        srv.listen(128)
        self.server = srv
        threading.Thread(target=self._accept, args=(srv,), daemon=True).start()

    def cut(self):
        srv, self.server = self.server, None
        try:
            srv.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        srv.close()
        with self.lock:
            conns, self.conns = list(self.conns), set()
        for c in conns:
            try:
                c.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            c.close()

    def _accept(self, srv):
        while True:
            try:
                client, _ = srv.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(('127.0.0.1', self.target), timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self.lock:
                if self.server is not srv:
                    client.close(); upstream.close(); return
                self.conns.update((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, a, b):
        try:
            while True:
                data = a.recv(65536)
                if not data:
                    break
                b.sendall(data)
        except OSError:
            pass
        for s in (a, b):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        with self.lock:
            self.conns.discard(a); self.conns.discard(b)


def psql(sql, db=None):
    env = dict(os.environ, PGPASSWORD=PG_PASSWORD)
    out = subprocess.run(['psql', '-h', '127.0.0.1', '-p', str(PG_PORT), '-U', PG_USER, '-w', '-d', db or DB,
                          '-v', 'ON_ERROR_STOP=1', '-tA', '-F', '\t', '-c', sql],
                         env=env, capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        raise RuntimeError('psql: ' + out.stderr.strip())
    return [line.split('\t') for line in out.stdout.splitlines() if line != '']


def slow_contact_writes(seconds):
    """The database is slow to write contacts for a moment: a transaction holds fkif_contact in SHARE
    mode (reads pass, inserts wait). Both registrations of a pair are then in flight at once, and only
    the row lock on the company orders them. Without the lock, both then insert at the same moment and
    often miss each other (3 of 8 pairs in the trial of 3 December 2026; without this pause 0 of 8,
    so the suite did not notice the lock missing). Returns the psql process once the lock is held."""
    env = dict(os.environ, PGPASSWORD=PG_PASSWORD)
    holder = subprocess.Popen(['psql', '-h', '127.0.0.1', '-p', str(PG_PORT), '-U', PG_USER, '-w', '-d', DB, '-qtA',
                               '-c', 'BEGIN; LOCK TABLE fkif_contact IN SHARE MODE; SELECT pg_sleep(%s); COMMIT;'
                               % seconds], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 10
    while time.time() < deadline:
        if scalar("SELECT COUNT(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                  "WHERE c.relname = 'fkif_contact' AND l.mode = 'ShareLock' AND l.granted"):
            return holder
        time.sleep(0.05)
    holder.kill()
    raise RuntimeError('Sperre auf fkif_contact nicht erhalten')


def scalar(sql):
    rows = psql(sql)
    return int(rows[0][0]) if rows else 0


class Node:
    def __init__(self, name, pg_proxy, smtp_proxy):
        self.name, self.port, self.proc = name, free_port(), None
        self.pg_proxy, self.smtp_proxy = pg_proxy, smtp_proxy
        self.logfile = os.path.join(WORK, name + '.log')

    def start(self):
        args = ['java', '-Xmx384m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-jar', JAR,
                '--server.address=127.0.0.1', '--server.port=%d' % self.port,
                '--spring.mail.host=127.0.0.1', '--spring.mail.port=%d' % self.smtp_proxy.port,
                '--spring.mail.properties.mail.smtp.connectiontimeout=2000',
                '--spring.mail.properties.mail.smtp.timeout=4000',
                '--spring.mail.properties.mail.smtp.writetimeout=4000',
                # a sent mail's mark waits out a database outage of 40 s; a claim stands for the lock time
                '--fkif.mail.mark-sent-patience=PT40S', '--fkif.mail.claim-timeout=PT%dS' % (LOCK_MS // 1000),
                '--fkif.mail.platform-url=http://127.0.0.1:%d' % self.port,
                '--fkif.jobs.retry-cycle=' + RETRY_CYCLE, '--fkif.jobs.shutdown-wait=PT20S',
                '--camunda.bpm.job-execution.lock-time-in-millis=%d' % LOCK_MS,
                '--camunda.bpm.job-execution.wait-time-in-millis=500',
                '--camunda.bpm.job-execution.max-wait=2000',
                '--spring.datasource.hikari.connection-timeout=2000',
                '--fkif.coordination.statement-partners=pfiff,transferzentren',
                '--fkif.jour-fixe.meeting-end-hour=0',
                '--fkif.security.login-failures-per-address=100000',
                '--fkif.identity.demo-enabled=true', '--fkif.identity.demo-password=' + DEMO_PASSWORD]
        env = dict(os.environ, SPRING_PROFILES_ACTIVE='prod,postgres', ADMIN_USER='admin',
                   ADMIN_PASSWORD=ADMIN_PASSWORD, DB_POOL_SIZE='10', DB_USER=PG_USER, DB_PASSWORD=PG_PASSWORD,
                   DB_URL='jdbc:postgresql://127.0.0.1:%d/%s' % (self.pg_proxy.port, DB))
        self.proc = subprocess.Popen(args, env=env, stdout=open(self.logfile, 'a'), stderr=subprocess.STDOUT,
                                     start_new_session=True)
        self.started_at = time.time()

    def wait_ready(self, timeout=180):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError('%s beendet beim Start (Code %s), siehe %s' % (self.name, self.proc.returncode,
                                                                                  self.logfile))
            status, body, _ = http_call(self, 'GET', '/actuator/health', None, timeout=5)
            if status == 200 and body and body.get('status') == 'UP':
                log('%s bereit auf Port %d nach %.0f s' % (self.name, self.port, time.time() - self.started_at))
                return
            time.sleep(1)
        raise RuntimeError('%s nicht bereit nach %d s' % (self.name, timeout))

    def kill9(self):
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def stop(self, timeout=60):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
                return False
        return True

    def alive(self):
        return self.proc is not None and self.proc.poll() is None


def http_call(node, method, path, user, body=None, timeout=30, password=None):
    """(status, json body or None, seconds); status None when the node did not answer."""
    started = time.time()
    headers = {'Accept': 'application/json'}
    if user:
        pw = password or (ADMIN_PASSWORD if user == 'admin' else DEMO_PASSWORD)
        headers['Authorization'] = 'Basic ' + base64.b64encode(('%s:%s' % (user, pw)).encode()).decode()
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers['Content-Type'] = 'application/json'
    try:
        conn = http.client.HTTPConnection('127.0.0.1', node.port, timeout=timeout)
        conn.request(method, path, body=data, headers=headers)
        resp = conn.getresponse()
        raw = resp.read()
        conn.close()
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = {'_raw': raw[:300].decode('utf-8', 'replace')}
        return resp.status, parsed, time.time() - started
    except (OSError, http.client.HTTPException):
        return None, None, time.time() - started


def typed(value, kind='String'):
    return {'value': value, 'type': kind}


class Sink:
    """GreenMail standalone: SMTP (behind the proxy) and IMAP to count mails by idempotency key."""

    def __init__(self):
        self.smtp, self.imap = free_port(), free_port()
        self.proc = subprocess.Popen(
            ['java', '-Xmx96m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1',
             '-Dgreenmail.smtp.hostname=127.0.0.1', '-Dgreenmail.smtp.port=%d' % self.smtp,
             '-Dgreenmail.imap.hostname=127.0.0.1', '-Dgreenmail.imap.port=%d' % self.imap,
             '-Dgreenmail.auth.disabled', '-Dgreenmail.verbose=false', '-jar', GREENMAIL_JAR],
            stdout=open(os.path.join(WORK, 'greenmail.log'), 'w'), stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                socket.create_connection(('127.0.0.1', self.smtp), timeout=1).close()
                socket.create_connection(('127.0.0.1', self.imap), timeout=1).close()
                return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError('GreenMail startet nicht')

    def mails(self, address):
        """Idempotency keys of the mails in the address's inbox (one entry per mail received)."""
        box = imaplib.IMAP4('127.0.0.1', self.imap)
        try:
            box.login(address, 'egal')
            box.select('INBOX', readonly=True)
            _, data = box.search(None, 'ALL')
            keys = []
            ids = data[0].split()
            if ids:
                _, fetched = box.fetch(b','.join(ids), '(BODY.PEEK[HEADER.FIELDS (X-FKIF-IDEMPOTENCY-KEY)])')
                for part in fetched:
                    if isinstance(part, tuple):
                        text = part[1].decode('utf-8', 'replace')
                        value = text.split(':', 1)[1].strip() if ':' in text else ''
                        keys.append(value)
            return keys
        finally:
            try:
                box.logout()
            except Exception:
                pass

    def stop(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


# ------------------------------------------------------------------ checks and figures

def check(scenario, name, ok, detail=''):
    if not ok:
        FAILURES.append('%s: %s %s' % (scenario, name, detail))
        log('  FEHLER %s: %s %s' % (scenario, name, detail))


def figures(scenario, **values):
    FIGURES.append((scenario, values))
    log('  Zahlen %s: %s' % (scenario, ', '.join('%s=%s' % kv for kv in values.items())))


def db_now():
    return psql("SELECT to_char(clock_timestamp(), 'YYYY-MM-DD HH24:MI:SS.US')")[0][0]


def mail_figures(scenario, sink, key_like, expected_keys=(), since='1970-01-01'):
    """Every row of the log claimed since the scenario began, counted at the sink per recipient:
    expected, sent, duplicates, lost."""
    rows = psql("SELECT idempotency_key, recipients, state FROM fkif_notification WHERE idempotency_key LIKE '%s'"
                " AND (claimed_at >= '%s' OR idempotency_key IN (%s))"
                % (key_like, since, ','.join("'%s'" % k for k in expected_keys) or "''"))
    expected = {(r[0], addr) for r in rows for addr in r[1].split(',') if addr}
    states = {r[0]: r[2] for r in rows}
    logged = {r[0] for r in psql("SELECT idempotency_key FROM fkif_notification")}
    seen, stray = {}, 0
    for addr in {addr for _, addr in expected}:
        for key in sink.mails(addr):
            if key in states:
                seen[(key, addr)] = seen.get((key, addr), 0) + 1
            elif key not in logged:
                stray += 1  # a mail at the sink that the platform never logged
    duplicates = sum(n - 1 for n in seen.values() if n > 1)
    lost = len([e for e in expected if seen.get(e, 0) == 0])
    not_sent = [k for k in expected_keys if states.get(k) != 'SENT']
    figures(scenario, mails_expected=len(expected), mails_sent=sum(seen.values()), mail_keys=len(states),
            mails_duplicated=duplicates, mails_lost=lost, mails_unexplained=stray, keys_not_sent=len(not_sent))
    check(scenario, 'Mails doppelt', duplicates == 0, str([k for k, n in seen.items() if n > 1][:5]))
    check(scenario, 'Mails verloren', lost == 0 and not not_sent, str(not_sent[:5]))
    check(scenario, 'Mails ohne Vermerk', stray == 0)
    check(scenario, 'Mail-Vermerke nicht SENT', all(s == 'SENT' for s in states.values()),
          str([k for k, s in states.items() if s != 'SENT'][:5]))


def wait_quiet(timeout=90, allow_incidents=False):
    """Until no job is due or locked (the job executors are done), or the timeout."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        busy = scalar("SELECT COUNT(*) FROM act_ru_job WHERE retries_ > 0 AND suspension_state_ = 1 AND "
                      "(duedate_ IS NULL OR duedate_ <= now() + interval '1 second')"
                      " OR lock_owner_ IS NOT NULL")
        if busy == 0:
            return True
        time.sleep(1)
    return False


def stuck_jobs():
    return scalar("SELECT COUNT(*) FROM act_ru_job WHERE lock_exp_time_ IS NOT NULL AND lock_exp_time_ < now()")


def incidents():
    return psql("SELECT incident_msg_ FROM act_ru_incident")


# ------------------------------------------------------------------ work driven through REST

DISTRICTS = [('harz', 'harz', '38855'), ('magdeburg', 'magdeburg', '39104'), ('halle', 'halle', '06108'),
             ('stendal', 'altmark', '39576'), ('wittenberg', 'anhalt', '06886')]
TODAY = datetime.date.today().isoformat()


class Driver:
    """Sends each request to a node in turn; when a node does not answer, the other one (a load balancer)."""

    def __init__(self, nodes):
        self.nodes, self.counter, self.lock = nodes, 0, threading.Lock()
        self.answered = 0
        self.unanswered = 0
        self.statuses = {}

    def snapshot(self):
        with self.lock:
            return self.answered, self.unanswered, dict(self.statuses)

    def since(self, snap):
        answered, unanswered, statuses = self.snapshot()
        return {'requests_answered': answered - snap[0], 'requests_unanswered': unanswered - snap[1],
                'statuses': {k: v - snap[2].get(k, 0) for k, v in sorted(statuses.items()) if v - snap[2].get(k, 0)}}

    def call(self, method, path, user, body=None, expect=(200, 201, 204), retry_until=60):
        deadline = time.time() + retry_until
        while True:
            with self.lock:
                self.counter += 1
                order = self.nodes[self.counter % len(self.nodes):] + self.nodes[:self.counter % len(self.nodes)]
            for node in order:
                if not node.alive():
                    continue
                status, body_out, _ = http_call(node, method, path, user, body)
                with self.lock:
                    if status is None:
                        self.unanswered += 1
                    else:
                        self.answered += 1
                        self.statuses[status] = self.statuses.get(status, 0) + 1
                if status is None or status == 503:
                    continue
                return status, body_out
            if time.time() > deadline:
                return None, None
            time.sleep(1)


def find_tasks(driver, user, query, timeout=90):
    deadline = time.time() + timeout
    while time.time() < deadline:
        status, tasks = driver.call('GET', '/engine-rest/task?' + query, user)
        if status == 200 and tasks:
            return tasks
        time.sleep(0.7)
    return []


def complete(driver, user, query, variables, scenario, timeout=90):
    """Completes the task the query finds; an unanswered completion is checked, not blindly repeated."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        tasks = find_tasks(driver, user, query, timeout=max(1, deadline - time.time()))
        if not tasks:
            break
        task_id = tasks[0]['id']
        status, body = driver.call('POST', '/engine-rest/task/%s/submit-form' % task_id, user,
                                   {'variables': variables}, retry_until=5)
        if status in (200, 204):
            return task_id
        if status is None or status >= 500 or status in (404, 409):
            # no answer, or it was completed meanwhile: did it happen?
            if scalar("SELECT COUNT(*) FROM act_hi_taskinst WHERE id_ = '%s' AND end_time_ IS NOT NULL" % task_id):
                return task_id
            check(scenario, 'Antwort beim Abschließen', status is None or status < 500 or status == 503,
                  '%s %s' % (status, body))
            time.sleep(1)
            continue
        check(scenario, 'Aufgabe abschließen (%s)' % query, False, '%s %s' % (status, body))
        return None
    check(scenario, 'Aufgabe nicht gefunden', False, query)
    return None


def start_case(driver, coach, i, tag, scenario):
    district, region, postcode = DISTRICTS[i % len(DISTRICTS)]
    name = 'Probe %s %03d Metallbau GmbH' % (tag, i)
    body = {'companyName': name, 'companyPostcode': postcode, 'district': district, 'sector': 'C',
            'sizeBand': '10-49', 'contactName': 'Erika Probe', 'contactEmail': 'probe%d@example.org' % i,
            'contactPhone': '0391 12345', 'inquirySource': 'REGIOCOACH',
            'inquirySummary': 'Sucht Fachkräfte (Probe %s)' % tag, 'consentDataSharing': True}
    status, out = driver.call('POST', '/api/advisory-cases', 'coach.' + region, body, retry_until=5)
    if status == 201:
        return {'name': name, 'region': region, 'bk': out['businessKey'], 'pid': out['processInstanceId'],
                'answered': True}
    if status is None or status == 503:
        # no answer: the platform may or may not have opened it; look before opening it again
        time.sleep(2)
        rows = psql("SELECT p.business_key_, p.id_ FROM act_hi_procinst p JOIN act_hi_varinst v ON "
                    "v.proc_inst_id_ = p.id_ WHERE v.name_ = 'companyName' AND v.text_ = '%s'" % name)
        if rows:
            return {'name': name, 'region': region, 'bk': rows[0][0], 'pid': rows[0][1], 'answered': False}
        status, out = driver.call('POST', '/api/advisory-cases', 'coach.' + region, body)
        if status == 201:
            return {'name': name, 'region': region, 'bk': out['businessKey'], 'pid': out['processInstanceId'],
                    'answered': True}
    check(scenario, 'Fall eröffnen', False, '%s %s' % (status, out))
    return None


def work_case(driver, case, scenario, until=None):
    """Clearing, options with a referral to PFIFF, the partner accepts, documents, reports; the case closes."""
    coach, partner = 'coach.' + case['region'], 'pfiff.' + case['region']
    q = 'processInstanceId=%s&taskDefinitionKey=' % case['pid']
    rq = 'processInstanceBusinessKey=%s-W1&taskDefinitionKey=' % case['bk']
    steps = [
        (coach, q + 'clearing', {'needs': typed('["RECRUITING"]', 'Json'),
                                 'problemDescription': typed('Keine Bewerbungen'),
                                 'ownSolutionIdeas': typed('Eigene Ausbildung ausbauen'),
                                 'urgency': typed('NORMAL')}),
        (coach, q + 'developOptions', {'casePath': typed('WEITERVERMITTLUNG'),
                                       'selectedOfferIds': typed('["pfiff-fachkraeftegewinnung"]', 'Json'),
                                       'optionsSummary': typed('Mit dem Unternehmen besprochen')}),
        (partner, rq + 'acceptReferral', {'referralDecision': typed('ANNEHMEN')}),
        (partner, rq + 'documentFirstContact', {'firstContactDate': typed(TODAY),
                                                'firstContactNote': typed('Telefonat geführt')}),
        (partner, rq + 'reportResult', {'referralOutcome': typed('ABGESCHLOSSEN'),
                                        'resultSummary': typed('Stelle besetzt')}),
        (coach, q + 'closeCase', {'caseOutcome': typed('GELOEST'), 'companyOwnActions': typed('Sucht selbst')}),
    ]
    done = case.setdefault('done', 0)
    for index in range(done, len(steps) if until is None else min(until, len(steps))):
        user, query, variables = steps[index]
        if complete(driver, user, query, variables, scenario) is None:
            return False
        case['done'] = index + 1
    return True


def verify_cases(scenario, cases, finished=True):
    answered = [c for c in cases if c.get('answered')]
    dup = lost = inconsistent = 0
    for c in cases:
        n = scalar("SELECT COUNT(DISTINCT p.id_) FROM act_hi_procinst p JOIN act_hi_varinst v ON v.proc_inst_id_ = p.id_ "
                   "WHERE p.proc_def_key_ = 'advisory-case' AND v.name_ = 'companyName' AND v.text_ = '%s'" % c['name'])
        if n > 1:
            dup += n - 1
        if n == 0 and c.get('answered'):
            lost += 1
        if finished:
            state = psql("SELECT p.state_, (SELECT COUNT(*) FROM act_hi_procinst r WHERE r.business_key_ = p.business_key_"
                         " || '-W1' AND r.state_ = 'COMPLETED'), (SELECT COUNT(*) FROM fkif_contact k JOIN fkif_company co"
                         " ON co.id = k.company_id WHERE co.name = '%s' AND k.ended_at IS NULL) FROM act_hi_procinst p "
                         "WHERE p.id_ = '%s'" % (c['name'], c['pid']))
            if not state or state[0][0] != 'COMPLETED' or state[0][1] != '1' or state[0][2] != '0':
                inconsistent += 1
                log('  uneinheitlich: %s %s' % (c['bk'], state))
    open_tasks = scalar("SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_ "
                        "WHERE e.business_key_ LIKE ANY (ARRAY[%s])" % ','.join("'%s%%'" % c['bk'] for c in cases)) \
        if finished and cases else 0
    return len(answered), dup, lost, inconsistent, open_tasks


# ------------------------------------------------------------------ scenarios

def scenario_numbers(driver, nodes):
    """4c: sixteen parallel first starts of a year (fresh database: no number of this year yet)."""
    sc = 'Szenario 4c (16 erste Starts eines Jahres)'
    log(sc)
    before = scalar("SELECT COUNT(*) FROM fkif_yearly_number")

    def one(i):
        node = nodes[i % 2]
        district, region, postcode = DISTRICTS[i % len(DISTRICTS)]
        body = {'companyName': 'Jahresstart %02d GmbH' % i, 'companyPostcode': postcode, 'district': district,
                'sector': 'F', 'sizeBand': '1-9', 'contactName': 'Jana Start', 'contactEmail': 'start%d@example.org' % i,
                'inquirySource': 'UNTERNEHMEN', 'inquirySummary': 'Erster Fall des Jahres', 'consentDataSharing': False}
        return http_call(node, 'POST', '/api/advisory-cases', 'coach.' + region, body)

    with cf.ThreadPoolExecutor(16) as pool:
        results = list(pool.map(one, range(16)))
    keys = [r[1]['businessKey'] for r in results if r[0] == 201]
    figures(sc, requests=16, answered_201=len(keys), distinct_numbers=len(set(keys)),
            other_answers=sorted(str(r[0]) for r in results if r[0] != 201), number_rows_before=before)
    check(sc, 'alle 16 angenommen', len(keys) == 16, str([(r[0], r[1]) for r in results if r[0] != 201][:3]))
    check(sc, 'Nummern verschieden', len(set(keys)) == len(keys), str(sorted(keys)))
    return keys


def scenario_kill(driver, nodes, sink):
    sc = 'Szenario 1 (SIGKILL eines Knotens unter Last)'
    log(sc)
    since = db_now()
    cases = []
    lock = threading.Lock()
    n_cases = int(os.environ.get('RESILIENCE_CASES', '10'))

    def worker(i):
        case = start_case(driver, None, i, 'S1', sc)
        if case is None:
            return
        with lock:
            cases.append(case)
        work_case(driver, case, sc)

    killed = threading.Event()
    timers_moved, kill_figures = [], {}
    snap = driver.snapshot()

    def killer():
        # halfway: when about half of the steps of all cases are done
        deadline = time.time() + 120
        while time.time() < deadline:
            done = sum(c.get('done', 0) for c in cases)
            waiting = scalar("SELECT COUNT(*) FROM act_ru_job j JOIN act_ru_execution e ON e.id_ = j.process_instance_id_"
                             " WHERE j.type_ = 'timer' AND e.business_key_ LIKE 'BF-%-W1'")
            if done >= n_cases * 6 // 3 or (waiting >= 3 and done >= n_cases * 3 // 2):
                break
            time.sleep(0.3)
        # (the cases run on: at 10 workers the kill comes while they are in full swing)
        # the acceptance deadlines of the referrals waiting now fall due (shortened like an operator would)
        due_now = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000+0000')
        for job_id, bk in psql("SELECT j.id_, e.business_key_ FROM act_ru_job j JOIN act_ru_execution e ON "
                               "e.id_ = j.process_instance_id_ WHERE j.type_ = 'timer' AND e.business_key_ LIKE 'BF-%-W1'"):
            # outside the driver's figures: a timer whose task was completed a moment ago is gone, and
            # Camunda's PUT /job/{id}/duedate answers that with 500 (JobResourceImpl, no cause to map)
            st, _, _ = http_call(nodes[0], 'PUT', '/engine-rest/job/%s/duedate' % job_id, 'admin', {'duedate': due_now})
            if st == 204:
                timers_moved.append(bk)
            else:
                kill_figures['duedate_races'] = kill_figures.get('duedate_races', 0) + 1
        # kill while the job executors work: wait (briefly) for a locked job
        for _ in range(10):
            if scalar("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL"):
                break
            time.sleep(0.05)
        in_flight = scalar("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL OR "
                           "(retries_ > 0 AND (duedate_ IS NULL OR duedate_ <= now()))")
        log('  SIGKILL %s (Schritte erledigt: %d, Fristen fällig gestellt: %d, Jobs in Arbeit/fällig: %d)' % (
            nodes[1].name, sum(c.get('done', 0) for c in cases), len(timers_moved), in_flight))
        kill_figures.update(timers_due_at_kill=len(timers_moved), jobs_in_flight_at_kill=in_flight)
        nodes[1].kill9()
        killed.set()
        time.sleep(3)
        nodes[1].start()
        nodes[1].wait_ready()

    k = threading.Thread(target=killer)
    k.start()
    with cf.ThreadPoolExecutor(n_cases) as pool:  # all cases at once: at the kill each is somewhere in its course
        list(pool.map(worker, range(n_cases)))
    k.join()
    # jobs the killed node had locked are free again after the lock time
    quiet = wait_quiet(timeout=LOCK_MS / 1000 + 60)
    answered, dup, lost, inconsistent, open_tasks = verify_cases(sc, cases)
    inc = incidents()
    fired = psql("SELECT p.business_key_, COUNT(*) FROM act_hi_actinst a JOIN act_hi_procinst p ON p.id_ = a.proc_inst_id_"
                 " WHERE a.act_id_ = 'acceptanceOverdue' AND p.business_key_ IN (%s) GROUP BY p.business_key_"
                 % ','.join("'%s'" % bk for bk in timers_moved or ['-']))
    fired_twice = [f for f in fired if int(f[1]) > 1]
    figures(sc, cases=len(cases), starts_answered=answered, effects_found=len(cases) - lost,
            effects_duplicated=dup, effects_lost=lost, inconsistent=inconsistent, open_tasks=open_tasks,
            timers_fired=len(fired), timers_fired_twice=len(fired_twice), jobs_stuck=stuck_jobs(),
            incidents=len(inc), **kill_figures, **driver.since(snap))
    check(sc, 'Timer höchstens einmal', not fired_twice, str(fired_twice))
    check(sc, 'Knoten getötet', killed.is_set())
    check(sc, 'Job-Executor fertig', quiet)
    check(sc, 'Duplikate', dup == 0)
    check(sc, 'verloren', lost == 0)
    check(sc, 'Fälle konsistent', inconsistent == 0 and open_tasks == 0)
    check(sc, 'keine hängenden Jobs', stuck_jobs() == 0)
    check(sc, 'keine Vorfälle', not inc, str(inc[:3]))
    check(sc, 'kein 500', not any(s >= 500 and s != 503 for s in driver.statuses), str(driver.statuses))
    mail_figures(sc, sink, 'BF-%', expected_keys=[c['bk'] + '-W1' for c in cases]
                 + [bk + '-erinnerung' for bk, _ in fired], since=since)
    return cases


def scenario_db_outage(driver, nodes, pg_proxy, sink):
    sc = 'Szenario 2 (Datenbank 30 s weg)'
    log(sc)
    since = db_now()
    cases = [c for c in (start_case(driver, None, 100 + i, 'S2', sc) for i in range(4)) if c]
    # work in flight: the referral's notification jobs run while the connection is cut
    with cf.ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda c: work_case(driver, c, sc, until=2), cases))
    pg_proxy.cut()
    cut_at = time.time()
    log('  Verbindung zur Datenbank getrennt')
    health = {n.name: [] for n in nodes}
    answers, slow, bad = [], 0, []
    while time.time() - cut_at < 30:
        for n in nodes:
            st, body, sec = http_call(n, 'GET', '/actuator/health', None, timeout=15)
            health[n.name].append(st)
        for n in nodes:
            if time.time() - cut_at >= 30:
                break
            for method, path, user, body in (
                    ('GET', '/engine-rest/task?maxResults=5', 'coach.harz', None),
                    ('POST', '/api/advisory-cases', 'coach.harz', {'companyName': 'Ausfall GmbH'}),
                    ('GET', '/api/activities', 'mw.referat', None)):
                st, out, sec = http_call(n, method, path, user, body, timeout=20)
                answers.append(st)
                if sec > 10:
                    slow += 1
                if st != 503 or not out or out.get('type') != 'urn:fkif:problem:unavailable' \
                        or 'Datenbank' not in (out.get('detail') or ''):
                    bad.append((n.name, path, st, str(out)[:160]))
        time.sleep(2)
    pg_proxy.restore()
    log('  Verbindung wiederhergestellt nach %.0f s' % (time.time() - cut_at))
    up_after = {}
    for n in nodes:
        deadline = time.time() + 60
        while time.time() < deadline:
            st, body, _ = http_call(n, 'GET', '/actuator/health', None, timeout=5)
            if st == 200:
                up_after[n.name] = round(time.time() - cut_at - 30, 1)
                break
            time.sleep(1)
    with cf.ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda c: work_case(driver, c, sc), cases))
    quiet = wait_quiet(timeout=LOCK_MS / 1000 + 60)
    answered, dup, lost, inconsistent, open_tasks = verify_cases(sc, cases)
    inc = incidents()
    figures(sc, requests_during_outage=len(answers), answered_503=answers.count(503), other=len(bad),
            slower_than_10s=slow, health_down={k: v.count(503) for k, v in health.items()},
            seconds_to_up_after_restore=up_after, cases=len(cases), effects_duplicated=dup, effects_lost=lost,
            inconsistent=inconsistent, jobs_stuck=stuck_jobs(), incidents=len(inc))
    check(sc, 'während des Ausfalls 503 mit deutscher Meldung', not bad, str(bad[:3]))
    check(sc, 'keine hängende Anfrage', slow == 0)
    check(sc, 'Health DOWN', all(503 in v for v in health.values()), str(health))
    check(sc, 'Health wieder UP', len(up_after) == len(nodes), str(up_after))
    check(sc, 'Job-Executor macht weiter', quiet)
    check(sc, 'Duplikate/verloren', dup == 0 and lost == 0 and inconsistent == 0 and open_tasks == 0)
    check(sc, 'keine Vorfälle', not inc, str(inc[:3]))
    mail_figures(sc, sink, 'BF-%', expected_keys=[c['bk'] + '-W1' for c in cases], since=since)


def scenario_mail_outage(driver, nodes, smtp_proxy, sink):
    sc = 'Szenario 3 (Mailserver länger weg als die Wiederholungen)'
    log(sc)
    since = db_now()
    smtp_proxy.cut()
    log('  Mailserver getrennt')
    cases = [c for c in (start_case(driver, None, 200 + i, 'S3', sc) for i in range(3)) if c]
    with cf.ThreadPoolExecutor(3) as pool:
        list(pool.map(lambda c: work_case(driver, c, sc, until=2), cases))
    keys = [c['bk'] + '-W1' for c in cases]
    deadline, inc, stable_since = time.time() + 90, [], time.time()
    while time.time() < deadline:
        # root causes only: the incident of the referral's job also shows up on the calling case
        now = psql("SELECT i.id_, i.configuration_, i.incident_msg_ FROM act_ru_incident i "
                   "WHERE i.id_ = i.root_cause_incident_id_")
        if len(now) != len(inc):
            inc, stable_since = now, time.time()
        if len(inc) >= len(cases) and time.time() - stable_since > 5:
            break
        time.sleep(1)
    attempts = psql("SELECT idempotency_key, attempts, state FROM fkif_notification WHERE idempotency_key IN (%s)"
                    % ','.join("'%s'" % k for k in keys))
    german = [i for i in inc if 'ließ sich nicht versenden' in (i[2] or '')]
    log('  Vorfall im Cockpit: %s' % (inc[0][2] if inc else '-'))
    smtp_proxy.restore()
    log('  Mailserver wieder da; Wiederholung wie im Cockpit (PUT /job/{id}/retries)')
    retried = 0
    for i in inc:
        st, _ = driver.call('PUT', '/engine-rest/job/%s/retries' % i[1], 'admin', {'retries': 1})
        retried += st == 204
    quiet = wait_quiet(timeout=60)
    left = incidents()
    # an operator runs one notification again (process instance modification as in Cockpit): no second mail
    rerun = None
    if cases:
        rq = 'processInstanceBusinessKey=%s-W1&taskDefinitionKey=acceptReferral' % cases[0]['bk']
        if find_tasks(driver, 'admin', rq):
            rpid = psql("SELECT id_ FROM act_ru_execution WHERE business_key_ = '%s-W1' AND id_ = proc_inst_id_"
                        % cases[0]['bk'])[0][0]
            rerun, _ = driver.call('POST', '/engine-rest/process-instance/%s/modification' % rpid, 'admin', {
                'instructions': [{'type': 'startBeforeActivity', 'activityId': 'notifyPartner'},
                                 {'type': 'cancel', 'activityId': 'acceptReferral'}]})
            wait_quiet(timeout=30)
    check(sc, 'Benachrichtigung erneut angestoßen', rerun == 204, str(rerun))
    with cf.ThreadPoolExecutor(3) as pool:
        list(pool.map(lambda c: work_case(driver, c, sc), cases))
    wait_quiet(timeout=60)
    figures(sc, cases=len(cases), incidents=len(inc), incidents_german=len(german),
            attempts_before_incident=sorted(int(a[1]) for a in attempts), retried_from_cockpit=retried,
            incidents_left=len(left), notification_rerun_by_operator=rerun)
    check(sc, 'je Mail ein Vorfall', len(inc) >= len(cases), str(inc))
    check(sc, 'Vorfall deutsch', len(german) == len(inc) and inc)
    check(sc, 'wie modelliert wiederholt (3 Versuche)', all(int(a[1]) == 3 for a in attempts) and attempts,
          str(attempts))
    check(sc, 'Wiederholung aus dem Cockpit', retried == len(inc) and quiet and not left, str(left[:2]))
    mail_figures(sc, sink, 'BF-%', expected_keys=keys, since=since)


def scenario_concurrency(driver, nodes):
    sc = 'Szenario 4 (gleichzeitige Benutzer)'
    log(sc)
    # a) two coaches complete the same task at once, on two nodes
    case = start_case(driver, None, 300, 'S4', sc)
    tasks = find_tasks(driver, 'coach.' + case['region'], 'processInstanceId=%s&taskDefinitionKey=clearing' % case['pid'])
    variables = {'needs': typed('["RECRUITING"]', 'Json'), 'problemDescription': typed('Zugleich'),
                 'ownSolutionIdeas': typed('Beide Coaches'), 'urgency': typed('NORMAL')}
    barrier = threading.Barrier(2)

    def complete_at(node):
        barrier.wait()
        return http_call(node, 'POST', '/engine-rest/task/%s/submit-form' % tasks[0]['id'], 'coach.' + case['region'],
                         {'variables': variables})

    with cf.ThreadPoolExecutor(2) as pool:
        results = list(pool.map(complete_at, nodes))
    statuses = sorted(r[0] for r in results)
    loser = [r for r in results if r[0] != 204]
    completed = scalar("SELECT COUNT(*) FROM act_hi_taskinst WHERE proc_inst_id_ = '%s' AND task_def_key_ = 'clearing' "
                       "AND end_time_ IS NOT NULL" % case['pid'])
    next_tasks = scalar("SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ = '%s' AND task_def_key_ = 'developOptions'"
                        % case['pid'])
    figures(sc + ' a', statuses=statuses, loser_detail=(loser[0][1] or {}).get('detail') if loser else None,
            completed=completed, next_tasks=next_tasks)
    check(sc, 'einer gewinnt', statuses.count(204) == 1 and completed == 1 and next_tasks == 1, str(statuses))
    check(sc, 'der andere 409/400 deutsch', len(loser) == 1 and loser[0][0] in (400, 409)
          and (loser[0][1] or {}).get('detail'), str(loser))
    # b) two partners register contacts for the same company at once, on two nodes (while the database
    #    is slow to write contacts, so that both are in flight together); and a Regiocoach opens a case
    #    for a company while PFIFF's portal registers its contact with it
    pairs, guard_broken, companies_dup = 8, 0, 0
    for p in range(pairs * 2):
        company = {'companyName': 'Doppelt %d Anlagenbau GmbH' % p, 'companyPostcode': '39104', 'district': 'magdeburg',
                   'sector': 'C', 'sizeBand': '10-49'}
        contact = dict(company, partnerGroup='pfiff', reference='PORTAL-%d' % p, topic='Matching')
        if p < pairs:
            # the company is known already (an ended contact), so nothing but the row lock orders the two
            st, known = http_call(nodes[0], 'POST', '/api/contacts', 'weiterbildung',
                                  dict(company, partnerGroup='weiterbildung', reference='WB-%d' % p, topic='Vorab'))[:2]
            if st == 201:
                http_call(nodes[0], 'POST', '/api/contacts/%s/end' % known['contact']['id'], 'weiterbildung')
            calls = [('pfiff.magdeburg', '/api/contacts', contact),
                     ('transfer', '/api/contacts', dict(company, partnerGroup='transferzentren', reference='TZ-%d' % p,
                                                        topic='Absolventen'))]
        else:
            calls = [('pfiff.magdeburg', '/api/contacts', contact),
                     ('coach.magdeburg', '/api/advisory-cases', dict(
                         company, contactName='Erika Probe', contactEmail='doppelt%d@example.org' % p,
                         inquirySource='REGIOCOACH', inquirySummary='Parallel zum Portal', consentDataSharing=False))]
        barrier = threading.Barrier(2)

        def register(i):
            barrier.wait()
            user, path, body = calls[i]
            return http_call(nodes[i], 'POST', path, user, body)

        holder = slow_contact_writes(1.5) if p < pairs else None
        with cf.ThreadPoolExecutor(2) as pool:
            res = list(pool.map(register, range(2)))
        if holder:
            holder.wait(timeout=30)
        if any(r[0] != 201 for r in res):
            check(sc, 'Kontakt melden', False, str([(r[0], r[1]) for r in res]))
            continue
        aware = [bool(r[1].get('otherActiveContacts')) for r in res if 'otherActiveContacts' in r[1]]
        if p >= pairs:
            # the case sees PFIFF: its double-approach check stops at "Ansprache abstimmen"
            pid = res[1][1]['processInstanceId']
            deadline = time.time() + 30
            while time.time() < deadline and not any(aware):
                if scalar("SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ = '%s' AND task_def_key_ = "
                          "'coordinateApproach'" % pid):
                    aware.append(True)
                    break
                if scalar("SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ = '%s' AND task_def_key_ = 'clearing'"
                          % pid):
                    break
                time.sleep(0.5)
        if not any(aware):
            guard_broken += 1
        n = scalar("SELECT COUNT(*) FROM fkif_company WHERE name = '%s'" % company['companyName'])
        companies_dup += max(0, n - 1)
    figures(sc + ' b', pairs_partner_partner=pairs, pairs_case_portal=pairs, both_unaware=guard_broken,
            company_rows_duplicated=companies_dup)
    check(sc, 'Doppelansprache-Schutz über Knoten', guard_broken == 0 and companies_dup == 0,
          'beide ohne Kenntnis des anderen: %d von %d Paaren, doppelte Unternehmenszeilen: %d'
          % (guard_broken, pairs * 2, companies_dup))


def scenario_restart(driver, nodes, sink):
    sc = 'Szenario 5 (sauber anhalten, ein Knoten startet, fällige Timer)'
    log(sc)
    since = db_now()
    cases = [c for c in (start_case(driver, None, 400 + i, 'S5', sc) for i in range(4)) if c]
    with cf.ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda c: work_case(driver, c, sc, until=2), cases))
    wait_quiet(timeout=60)
    # the acceptance deadline of each referral falls due while no node runs (deadline shortened by the operator)
    due = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=25)).strftime(
        '%Y-%m-%dT%H:%M:%S.000+0000')
    timers = psql("SELECT j.id_, e.business_key_ FROM act_ru_job j JOIN act_ru_execution e ON e.id_ = j.process_instance_id_"
                  " WHERE j.type_ = 'timer' AND e.business_key_ IN (%s)" % ','.join("'%s-W1'" % c['bk'] for c in cases))
    for job_id, _ in timers:
        st, out = driver.call('PUT', '/engine-rest/job/%s/duedate' % job_id, 'admin', {'duedate': due})
        check(sc, 'Frist verkürzen', st == 204, '%s %s' % (st, out))
    stopped = [n.stop() for n in nodes]
    locked_after_stop = scalar("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL")
    log('  beide Knoten sauber angehalten (%s); gesperrte Jobs danach: %d' % (stopped, locked_after_stop))
    time.sleep(27)
    nodes[0].start()
    nodes[0].wait_ready()
    single = Driver([nodes[0]])
    quiet = wait_quiet(timeout=60)
    keys = [c['bk'] + '-W1-erinnerung' for c in cases]
    reminders = psql("SELECT idempotency_key, state FROM fkif_notification WHERE idempotency_key IN (%s)"
                     % ','.join("'%s'" % k for k in keys))
    fired = scalar("SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = 'acceptanceOverdue' AND proc_inst_id_ IN "
                   "(SELECT proc_inst_id_ FROM act_hi_procinst WHERE business_key_ IN (%s))"
                   % ','.join("'%s-W1'" % c['bk'] for c in cases))
    with cf.ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda c: work_case(single, c, sc), cases))
    wait_quiet(timeout=60)
    answered, dup, lost, inconsistent, open_tasks = verify_cases(sc, cases)
    inc = incidents()
    figures(sc, clean_stops=stopped.count(True), jobs_locked_after_stop=locked_after_stop, timers_due=len(timers),
            timers_fired=fired, reminder_mails=len(reminders), cases=len(cases), effects_duplicated=dup,
            effects_lost=lost, inconsistent=inconsistent, jobs_stuck=stuck_jobs(), incidents=len(inc))
    check(sc, 'sauber angehalten, keine Sperren übrig', all(stopped) and locked_after_stop == 0)
    check(sc, 'Timer je einmal gefeuert', fired == len(timers) == len(cases), '%d/%d' % (fired, len(timers)))
    check(sc, 'Job-Executor holt alles nach', quiet and len(reminders) == len(cases))
    check(sc, 'Fälle konsistent', dup == 0 and lost == 0 and inconsistent == 0 and open_tasks == 0)
    check(sc, 'keine Vorfälle', not inc, str(inc[:3]))
    mail_figures(sc, sink, 'BF-%', expected_keys=keys + [c['bk'] + '-W1' for c in cases], since=since)


def scenario_coordination(driver, nodes, sink):
    """Coordination requests with statements of two partners, on both nodes."""
    sc = 'Vorabstimmungen mit Stellungnahmen'
    log(sc)
    since = db_now()
    keys = []

    def one(i):
        body = {'variables': {
            'activityType': typed('CONCEPT'), 'leadPartner': typed('mw'),
            'title': typed('Konzept Probe %d' % i), 'description': typed('Konzept zur Fachkräftesicherung'),
            'sectors': typed('["C"]', 'Json'), 'regions': typed('["harz"]', 'Json'), 'sizeBands': typed('[]', 'Json'),
            'periodStart': typed('%d-01-01' % (2040 + i)), 'periodEnd': typed('%d-03-31' % (2040 + i)),
            'expectedCompanies': typed(0, 'Long')}}
        st, out = driver.call('POST', '/engine-rest/process-definition/key/coordination-request/submit-form',
                              'mw.referat', body, retry_until=5)
        if st != 200:
            check(sc, 'Vorabstimmung starten', False, '%s %s' % (st, out))
            return
        keys.append(out['businessKey'])
        for user in ('pfiff.harz', 'transfer'):
            complete(driver, user, 'processInstanceId=%s&taskDefinitionKey=giveStatement' % out['id'],
                     {'statement': typed('ZUSTIMMUNG')}, sc)

    with cf.ThreadPoolExecutor(3) as pool:
        list(pool.map(one, range(3)))
    wait_quiet(timeout=60)
    done = scalar("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ IN (%s) AND state_ = 'COMPLETED'"
                  % ','.join("'%s'" % k for k in keys)) if keys else 0
    figures(sc, requests=3, started=len(keys), completed=done)
    check(sc, 'alle abgeschlossen', done == len(keys) == 3)
    mail_figures(sc, sink, 'AB-%', expected_keys=[k + ':ergebnis:runde-1' for k in keys], since=since)



GROUP_USER = {'stk': 'stk.gs', 'mw': 'mw.referat', 'ms': 'ms.referat', 'network-kmu': 'coach.harz',
              'pfiff': 'pfiff.harz', 'transferzentren': 'transfer'}


def task_of(driver, pid, key, timeout=90):
    """(task, user of its candidate group) of the Jour fixe's task, found as the administration."""
    tasks = find_tasks(driver, 'admin', 'processInstanceId=%s&taskDefinitionKey=%s' % (pid, key), timeout)
    if not tasks:
        return None, None
    st, links = driver.call('GET', '/engine-rest/task/%s/identity-links' % tasks[0]['id'], 'admin')
    groups = [l['groupId'] for l in links or [] if l.get('type') == 'candidate' and l.get('groupId')]
    user = next((GROUP_USER[g] for g in groups if g in GROUP_USER), None)
    return tasks[0], user


def form_json(driver, task_id, name, user):
    st, form = driver.call('GET', '/engine-rest/task/%s/form-variables?deserializeValues=false' % task_id, user)
    value = ((form or {}).get(name) or {}).get('value')
    return json.loads(value) if isinstance(value, str) else (value or [])


def scenario_jour_fixe(driver, nodes, sink):
    """A Jour fixe with minutes: contributions late (their deadline has passed: a timer), agenda, minutes,
    approval, the minutes sent, one action item done."""
    sc = 'Jour fixe mit Protokoll'
    log(sc)
    since = db_now()
    snap = driver.snapshot()
    st, out = driver.call('POST', '/engine-rest/process-definition/key/jour-fixe/submit-form', 'stk.gs',
                          {'variables': {'meetingDate': typed(TODAY)}})
    if st != 200:
        check(sc, 'Jour fixe starten', False, '%s %s' % (st, out))
        return
    pid, bk = out['id'], out['businessKey']
    complete(driver, 'stk.gs', 'processInstanceId=%s&taskDefinitionKey=confirmDate' % pid,
             {'meetingDate': typed(TODAY)}, sc)
    task, user = task_of(driver, pid, 'finalizeAgenda', timeout=120)
    if task is None:
        check(sc, 'Tagesordnung', False, 'Aufgabe fehlt')
        return
    items = form_json(driver, task['id'], 'agendaItems', user)
    if not items:
        items = [{'title': 'Erfahrungsaustausch', 'description': 'Berichte der Partner'}]
    complete(driver, user, 'processInstanceId=%s&taskDefinitionKey=finalizeAgenda' % pid,
             {'agendaItems': typed(json.dumps(items), 'Json')}, sc)
    task, user = task_of(driver, pid, 'writeMinutes', timeout=120)
    if task is None:
        check(sc, 'Protokoll', False, 'Aufgabe fehlt')
        return
    decisions = form_json(driver, task['id'], 'decisions', user)
    for d in decisions:
        d['decision'] = 'ZUR_KENNTNIS'
    due = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    complete(driver, user, 'processInstanceId=%s&taskDefinitionKey=writeMinutes' % pid,
             {'minutesText': typed('Protokoll der Probe'), 'decisions': typed(json.dumps(decisions), 'Json'),
              'actionItems': typed(json.dumps([{'ownerGroup': 'pfiff', 'dueDate': due,
                                                'description': 'Rückmeldung zum Matching'}]), 'Json')}, sc)
    task, user = task_of(driver, pid, 'approveMinutes')
    if task is None:
        check(sc, 'Freigabe', False, 'Aufgabe fehlt')
        return
    complete(driver, user, 'processInstanceId=%s&taskDefinitionKey=approveMinutes' % pid,
             {'minutesApproval': typed('approve')}, sc)
    complete(driver, 'pfiff.harz', 'processInstanceId=%s&taskDefinitionKey=implementAction' % pid,
             {'actionResult': typed('Erledigt')}, sc)
    wait_quiet(timeout=60)
    state = psql("SELECT state_ FROM act_hi_procinst WHERE id_ = '%s'" % pid)
    late = scalar("SELECT COUNT(*) FROM act_hi_taskinst WHERE proc_inst_id_ = '%s' AND task_def_key_ = "
                  "'prepareContribution' AND delete_reason_ <> 'completed'" % pid)
    figures(sc, business_key=bk, state=state[0][0] if state else None, contributions_closed_by_timer=late,
            **driver.since(snap))
    check(sc, 'Jour fixe abgeschlossen', state and state[0][0] == 'COMPLETED', str(state))
    mail_figures(sc, sink, '%' + bk, expected_keys=[], since=since)

# ------------------------------------------------------------------ main

def main():
    os.makedirs(WORK, exist_ok=True)
    for f in os.listdir(WORK):
        if f.endswith('.log'):
            os.remove(os.path.join(WORK, f))
    psql('CREATE DATABASE %s' % DB, db='postgres')
    log('Datenbank %s angelegt' % DB)
    sink = pg_proxy = smtp_proxy = None
    nodes = []
    try:
        sink = Sink()
        pg_proxy = Proxy('postgres', PG_PORT)
        smtp_proxy = Proxy('smtp', sink.smtp)
        nodes = [Node('knoten-1', pg_proxy, smtp_proxy), Node('knoten-2', pg_proxy, smtp_proxy)]
        nodes[0].start()
        nodes[0].wait_ready()   # the first node creates the schema; the second starts on it
        nodes[1].start()
        nodes[1].wait_ready()
        driver = Driver(nodes)
        scenario_numbers(driver, nodes)
        scenario_kill(driver, nodes, sink)
        scenario_coordination(driver, nodes, sink)
        scenario_jour_fixe(driver, nodes, sink)
        scenario_db_outage(driver, nodes, pg_proxy, sink)
        scenario_mail_outage(driver, nodes, smtp_proxy, sink)
        scenario_concurrency(driver, nodes)
        scenario_restart(driver, nodes, sink)
        mail_figures('Gesamt', sink, '%')
    except Exception as e:  # the suite itself broke: that is a failure too
        import traceback
        traceback.print_exc()
        FAILURES.append('Ablauf abgebrochen: %r' % e)
    finally:
        for n in nodes:
            if n.alive():
                n.stop(timeout=30)
        if sink:
            sink.stop()
        try:
            psql('DROP DATABASE IF EXISTS %s WITH (FORCE)' % DB, db='postgres')
        except Exception as e:
            log('Datenbank nicht gelöscht: %s' % e)
    log('==== Ergebnis nach %.0f s' % (time.time() - T0))
    for scenario, values in FIGURES:
        print('  %s: %s' % (scenario, json.dumps(values, ensure_ascii=False)))
    if FAILURES:
        print('RESILIENZ FEHLGESCHLAGEN (%d):' % len(FAILURES))
        for f in FAILURES:
            print('  - ' + f)
        return 1
    print('RESILIENZ BESTANDEN: 0 verloren, 0 doppelt, jede Mail genau einmal')
    return 0


if __name__ == '__main__':
    sys.exit(main())
