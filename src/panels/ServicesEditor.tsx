import { useTranslation } from 'react-i18next';
import { CONTENT_AREAS, TNO_LEVELS, toggleIn, updateActor, type Actor, type Service } from '../model';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreContext';
import { MarkControl } from './marks/MarkControl';
import { NameField } from './NameField';

/** An actor's services, each with its TNO levels and content areas. */
export function ServicesEditor({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  const apply = useEditorStoreApi().getState().apply;
  const map = useEditor((s) => s.map);
  const setServices = (services: Service[], coalesce?: string) => apply((m) => updateActor(m, actor.id, { services }), coalesce ? { coalesce } : undefined);
  const change = (index: number, patch: Partial<Service>, coalesce?: string) =>
    setServices(
      actor.services.map((s, i) => (i === index ? { ...s, ...patch } : s)),
      coalesce,
    );

  return (
    <fieldset className="field services" data-testid="services-editor">
      <legend>{t('services.heading')}</legend>
      {actor.services.length === 0 ? <p className="muted">{t('services.none')}</p> : null}
      {actor.services.map((service, index) => (
        <div key={index} className="service" data-testid="service">
          <div className="inline-form">
            <NameField label={t('services.name')} hideLabel value={service.name} onCommit={(name) => change(index, { name }, `service:${actor.id}:${index}`)} />
            <button
              type="button"
              aria-label={t('services.remove', { name: service.name })}
              onClick={() => setServices(actor.services.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </div>
          <div className="service__options" role="group" aria-label={`${service.name}: ${t('services.tno')}`}>
            {TNO_LEVELS.map((level) => (
              <button
                key={level}
                type="button"
                className="toggle-chip"
                aria-pressed={service.tno.includes(level)}
                onClick={() => change(index, { tno: toggleIn(service.tno, level, TNO_LEVELS) })}
              >
                {t(`tno.${level}`)}
              </button>
            ))}
          </div>
          <div className="service__options" role="group" aria-label={`${service.name}: ${t('services.areas')}`}>
            {CONTENT_AREAS.map((area) => (
              <button
                key={area}
                type="button"
                className={`toggle-chip area-chip area-chip--${area}`}
                aria-pressed={service.areas.includes(area)}
                onClick={() => change(index, { areas: toggleIn(service.areas, area, CONTENT_AREAS) })}
              >
                {t(`area.${area}`)}
              </button>
            ))}
          </div>
          {map ? (
            <MarkControl
              map={map}
              target={{ kind: 'service', actor: actor.id, service: service.name }}
              compact
              label={t('marks.serviceLabel', { name: service.name })}
            />
          ) : null}
        </div>
      ))}
      <button type="button" onClick={() => setServices([...actor.services, { name: t('services.newName'), tno: [], areas: [] }])}>
        {t('services.add')}
      </button>
    </fieldset>
  );
}
